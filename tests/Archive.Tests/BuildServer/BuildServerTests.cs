using Archive.Cli.BuildServer;
using Archive.Tests.Workflow;

namespace Archive.Tests.BuildServer;

/// <summary>
/// <c>archive build</c> through the output folder's build server gives exactly what a clean build gives, whatever changed,
/// even when the change is made the moment before the build is asked for, and when another process built in between.
/// </summary>
public sealed class BuildServerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Builds_by_the_server_equal_clean_builds_through_any_sequence_of_changes(int seed)
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        var random = new Random(seed);
        var files = new List<string>();
        for (var i = 0; i < 6; i++) files.Add(Write(temp, random, $"content/{2020 + i % 3}/a{i}.txt"));
        for (var step = 0; step < 14; step++)
        {
            var what = Change(temp, random, files, step);
            // Asked for at once after the change: the server must see it although its watcher may not have reported it yet.
            var served = server.Build(Options(temp, "site"));
            new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true });
            Assert.True(served.Result.Succeeded, string.Join('\n', served.Result.Diagnostics));
            var difference = SiteTrees.Difference(SiteTrees.Read(temp["clean"]), SiteTrees.Read(temp["site"]));
            Assert.True(difference is null, $"seed {seed}, step {step} ({what}): {difference}");
            Assert.Equal(step + 1, served.ServerBuilds);
        }
        Assert.Equal(1, server.Starts);
    }

    /// <param name="settled">The other build comes after the server's pause work (a second after its build), or before it.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_build_by_another_process_in_between_makes_the_server_start_from_the_disk_again(bool settled)
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        var random = new Random(9);
        var files = new List<string>();
        for (var i = 0; i < 5; i++) files.Add(Write(temp, random, $"content/a{i}.txt"));
        server.Build(Options(temp, "site"));
        Assert.False(server.Build(Options(temp, "site")).FreshState);
        if (settled) Thread.Sleep(2500);

        // Another process (an older archive, --no-server, serve) builds the same output from other content.
        File.Delete(temp[files[0]]);
        Write(temp, random, "content/b0.txt");
        new ArchiveBuild().Run(Options(temp, "site"));
        Write(temp, random, "content/b1.txt");
        var served = server.Build(Options(temp, "site"));
        new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true });

        Assert.True(served.FreshState);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    [Fact]
    public void The_server_reports_diagnostics_and_failure_as_the_build_would()
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        temp.Write("content/bad.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        Write(temp, new Random(1), "content/good.txt");

        var served = server.Build(Options(temp, "site") with { Strict = true });
        var local = new ArchiveBuild().Run(Options(temp, "local") with { Strict = true });

        Assert.Equal(local.Diagnostics, served.Result.Diagnostics);
        Assert.Equal(local.Succeeded, served.Result.Succeeded);
        Assert.Equal(local.Stats.ArticlesPublished, served.Result.Stats.ArticlesPublished);
        Assert.NotEmpty(served.Result.Diagnostics);
    }

    [Fact]
    public void Progress_is_relayed_to_the_client()
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        var random = new Random(3);
        for (var i = 0; i < 3; i++) Write(temp, random, $"content/a{i}.txt");
        var phases = new List<string>();
        var progress = new Collecting(phases);

        server.Build(Options(temp, "site") with { Progress = progress });

        Assert.Contains("read", phases);
        Assert.Contains("write", phases);
    }

    [Fact]
    public void Status_and_stop_answer_and_stop_ends_the_server()
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        Write(temp, new Random(4), "content/a.txt");
        server.Build(Options(temp, "site"));

        var status = Ask(server.Address, ServerRequest.StatusKind);
        var stopped = Ask(server.Address, ServerRequest.StopKind);

        Assert.Equal(1, status.Builds);
        Assert.Equal(Path.GetFullPath(temp["site"]), status.OutputDir);
        Assert.Equal(Environment.ProcessId, status.ProcessId);
        Assert.Equal(1, stopped.Builds);
        Assert.True(server.Running?.Wait(TimeSpan.FromSeconds(10)));
        Assert.False(File.Exists(server.Address.Socket));
        Assert.Null(BuildServerClient.TryConnect(server.Address));
    }

    [Fact]
    public void An_idle_server_stops_by_itself()
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]) { IdleTimeout = TimeSpan.FromSeconds(1) };
        Write(temp, new Random(6), "content/a.txt");
        server.Build(Options(temp, "site"));

        Assert.True(server.Running?.Wait(TimeSpan.FromSeconds(15)));
        Assert.False(File.Exists(server.Address.Socket));
    }

    [Fact]
    public void A_client_that_leaves_during_its_build_stops_the_build()
    {
        using var temp = new TempFolder();
        using var server = new ServerFixture(temp["site"]);
        var random = new Random(8);
        for (var i = 0; i < 400; i++) Write(temp, random, $"content/{2000 + i % 20}/a{i}.txt");
        server.Start(server.Address, temp["site"]);
        using (var channel = Connect(server.Address))
            channel.Send(new ServerRequest(ServerRequest.BuildKind, Environment.CurrentDirectory, RequestedBuild.From(Options(temp, "site"))));
        // The fixture's stand-in for the process exit counts instead; the build goes on to its end here.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref server.Abandoned) == 0 && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(20);
        Assert.Equal(1, Volatile.Read(ref server.Abandoned));
    }

    [Fact]
    public void No_server_that_can_start_means_no_served_build()
    {
        using var temp = new TempFolder();
        var address = new ServerAddress(temp.Path, "none");
        var notes = new StringWriter();

        var served = new BuildServerClient(address, new NoLauncher(), notes).Build(Options(temp, "site"), CancellationToken.None);

        Assert.Null(served);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("0", null, false)]
    [InlineData("off", null, false)]
    [InlineData(null, "true", false)]
    [InlineData(null, "1", false)]
    [InlineData(null, "false", true)]
    [InlineData("1", "true", true)]
    public void The_server_is_used_unless_told_not_to_or_in_CI(string? setting, string? ci, bool wanted)
    {
        var environment = new Dictionary<string, string?> { ["ARCHIVE_BUILD_SERVER"] = setting, ["CI"] = ci };
        Assert.Equal(wanted, Archive.Cli.Commands.BuildCommand.ServerWanted(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Each_output_folder_has_its_own_address_and_the_same_folder_always_the_same()
    {
        var first = ServerAddress.For("/srv/news/public");
        Assert.NotNull(first);
        Assert.Equal(first, ServerAddress.For("/srv/news/public/"));
        Assert.NotEqual(first.Name, ServerAddress.For("/srv/news/public2")?.Name);
        Assert.NotEqual(first.Name, ServerAddress.For("/srv/news/publiC")?.Name);
        Assert.Equal(24, first.Name.Length);
        Assert.True(first.Socket.Length < 100, "a Unix socket path must stay under 108 bytes");
    }

    private static ServerStatus Ask(ServerAddress address, string kind)
    {
        using var channel = Connect(address);
        channel.Send(new ServerRequest(kind, Environment.CurrentDirectory));
        return channel.ReceiveReply()?.Status ?? throw new InvalidOperationException("no status");
    }

    private static MessageChannel Connect(ServerAddress address)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (BuildServerClient.TryConnect(address) is { } channel) return channel;
            Thread.Sleep(20);
        }
        throw new InvalidOperationException("the server did not listen");
    }

    private static string Change(TempFolder temp, Random random, List<string> files, int step)
    {
        switch (random.Next(files.Count < 3 ? 1 : 5))
        {
            case 0:
                var added = $"content/{2020 + random.Next(4)}/{(random.Next(3) == 0 ? $"new{step}/" : "")}n{step}.txt";
                files.Add(Write(temp, random, added));
                return "add " + added;
            case 1:
                var edited = files[random.Next(files.Count)];
                Write(temp, random, edited);
                return "edit " + edited;
            case 2:
                var deleted = files[random.Next(files.Count)];
                File.Delete(temp[deleted]);
                files.Remove(deleted);
                return "delete " + deleted;
            case 3:
                var from = files[random.Next(files.Count)];
                var to = $"content/moved/m{step}.txt";
                Directory.CreateDirectory(Path.GetDirectoryName(temp[to]) ?? temp.Path);
                File.Move(temp[from], temp[to]);
                files[files.IndexOf(from)] = to;
                return $"rename {from} -> {to}";
            default:
                return "nothing";
        }
    }

    private static readonly string[] Places = ["BEIJING", "SEOUL", "NAIROBI"];

    private static string Write(TempFolder temp, Random random, string path)
    {
        var published = new DateTime(2020 + random.Next(4), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), 0, 0, DateTimeKind.Utc);
        var title = $"Story {random.Next(1000)} on trade and health";
        temp.Write(path, TestSupport.Articles.Wire(title, published, Places[random.Next(Places.Length)]));
        return path;
    }

    private static BuildOptions Options(TempFolder temp, string output) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
        BaseUrl = "https://news.example.org/",
    };

    private sealed class Collecting(List<string> phases) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            lock (phases) phases.Add(value.Phase);
        }
    }

    private sealed class NoLauncher : IServerLauncher
    {
        public TimeSpan IdleTimeout => TimeSpan.FromMinutes(1);

        public IStartedServer? Start(ServerAddress address, string outputDir) => null;
    }
}
