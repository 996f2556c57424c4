using System.Globalization;

namespace Archive.Tests.Workflow;

/// <summary>The incremental-build guarantee: whatever changed, a rebuild's output is byte-identical to a clean build.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly string[] Topics = ["Economy", "Sport", "Health", "Diplomacy"];
    private static readonly string[] Places = ["Beijing", "Seoul", "Nairobi"];

    /// <param name="session">Rebuild in one <see cref="ArchiveBuild"/>, as serve does: pages are then kept by comparing the
    /// two site models object by object, not by fingerprints; otherwise each rebuild is a new process, as the CLI's.</param>
    /// <param name="pageSize">A small page makes terms flip between month and year pages as articles come and go.</param>
    [Theory]
    [InlineData(1, false, null)]
    [InlineData(2, false, null)]
    [InlineData(3, true, null)]
    [InlineData(4, true, null)]
    [InlineData(5, true, null)]
    [InlineData(6, false, 2)]
    [InlineData(7, true, 2)]
    [InlineData(8, true, 1)]
    public void Random_edits_rebuild_to_exactly_what_a_clean_build_gives(int seed, bool session, int? pageSize)
    {
        using var temp = new TempFolder();
        var random = new Random(seed);
        var config = pageSize is { } size ? string.Create(CultureInfo.InvariantCulture, $"page_size: {size}\n") : "";
        if (config.Length > 0) temp.Write("archive.yml", config);
        var files = new List<string>();
        var mtime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var serve = new ArchiveBuild();
        var newest = new DateTime(2025, 4, 1, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 8; i++) files.Add(Add(temp, random, ref mtime));
        for (var step = 0; step < (session ? 24 : 12); step++)
        {
            // A session also sees steps that change nothing, and runs of adds (its lists and neighbours shift).
            // A session also sees articles newer than all others (the daily case: the search index and related articles
            // are then updated in place, and new days, months and years appear at the end of the archive).
            var operation = random.Next(files.Count < 3 ? 2 : session ? 11 : 7);
            var before = files.ToList();
            var what = operation switch
            {
                < 7 => Apply(operation, temp, random, files, config, ref mtime),
                < 9 => "nothing",
                _ => AddNewest(temp, random, files, ref newest, ref mtime),
            };
            // The content files a watcher would have reported (serve passes them on; a template or config change: unknown).
            var changes = what is "template" or "config" ? null
                : files.Except(before).Concat(before.Except(files)).Concat(what.StartsWith("change ", StringComparison.Ordinal) ? [what[7..]] : [])
                    .Select(f => Path.GetRelativePath(temp["content"], temp[f]).Replace('\\', '/')).ToList();
            var jobs = new RenderJobCount();
            var incremental = session
                ? serve.Run(Options(temp, "site", clean: false) with { ContentChanges = changes, Progress = jobs })
                : new ArchiveBuild().Run(Options(temp, "site", clean: false) with { Progress = jobs });
            var cleanJobs = new RenderJobCount();
            var clean = new ArchiveBuild().Run(Options(temp, "clean", clean: true) with { Progress = cleanJobs });
            Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
            Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            var difference = SiteTrees.Difference(SiteTrees.Read(temp["clean"]), SiteTrees.Read(temp["site"]));
            Assert.True(difference is null, $"seed {seed}, step {step} ({what}): {difference}");
            // A new process after a content change compares with the model of the site it replaces, made again from the
            // content cache: it renders fewer pages than a clean build (without that model it would fingerprint every one).
            if (!session && step > 0 && what is not ("template" or "config"))
                Assert.True(jobs.Total < cleanJobs.Total, $"seed {seed}, step {step} ({what}): {jobs.Total} render jobs of {cleanJobs.Total}");
            // As serve does while it waits for the next change, now and then: the staging base brought up to this site.
            if (session && random.Next(2) == 0) serve.PrepareNextBuild(Options(temp, "site", clean: false));
        }
    }

    [Fact]
    public void An_unchanged_rebuild_renders_and_parses_nothing_and_keeps_every_file()
    {
        using var temp = new TempFolder();
        var random = new Random(7);
        var mtime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 5; i++) Add(temp, random, ref mtime);
        var first = Build(temp, "site", clean: false);
        var before = Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = Build(temp, "site", clean: false);

        Assert.Equal(5, first.Stats.FilesParsed);
        Assert.Equal(0, second.Stats.FilesParsed);
        Assert.Equal(0, second.Stats.PagesWritten);
        string[] feedNames = ["feed.xml", "rss.xml", "feed.json"];
        var feeds = Directory.EnumerateFiles(temp["site"], "*", SearchOption.AllDirectories).Count(f => feedNames.Contains(Path.GetFileName(f)));
        Assert.True(feeds > 0);
        // Pages, feeds, sitemaps and search index parts alike are reused, not made again; only the theme's assets are copied.
        var made = Directory.EnumerateFiles(temp["site"], "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp["site"], f))
            .Count(f => !f.StartsWith("assets", StringComparison.Ordinal) && f != Archive.Output.OutputOwnership.MarkerName);
        Assert.True(made > before.Count + feeds);
        Assert.Equal(made, second.Stats.PagesSkipped);
        foreach (var (file, time) in before) Assert.Equal(time, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void A_corrupt_cache_is_ignored_and_the_build_is_clean()
    {
        using var temp = new TempFolder();
        var random = new Random(11);
        var mtime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 4; i++) Add(temp, random, ref mtime);
        Build(temp, "site", clean: false);
        var cacheFolder = Caching.BuildCache.FolderFor(temp["site"]);
        foreach (var file in Directory.EnumerateFiles(cacheFolder))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0x20;
            File.WriteAllBytes(file, bytes);
        }

        var rebuilt = Build(temp, "site", clean: false);
        Build(temp, "clean", clean: true);

        Assert.Equal(4, rebuilt.Stats.FilesParsed);
        Assert.Equal(0, rebuilt.Stats.PagesSkipped);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    [Fact]
    public void A_serve_session_rebuilds_from_what_it_read_last_even_without_the_cache_file()
    {
        using var temp = new TempFolder();
        var random = new Random(5);
        var mtime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var files = new List<string>();
        for (var i = 0; i < 4; i++) files.Add(Add(temp, random, ref mtime));
        var session = new ArchiveBuild();
        session.Run(Options(temp, "site", clean: false));
        File.Delete(Path.Combine(Caching.BuildCache.FolderFor(temp["site"]), "content.cache"));
        Touch(temp.Write(files[0], Article(random)), ref mtime);

        var rebuilt = session.Run(Options(temp, "site", clean: false));
        Build(temp, "clean", clean: true);

        Assert.Equal(1, rebuilt.Stats.FilesParsed); // the other three came from memory: the file was gone
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    private static BuildResult Build(TempFolder temp, string output, bool clean) => new ArchiveBuild().Run(Options(temp, output, clean));

    private static BuildOptions Options(TempFolder temp, string output, bool clean) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
        TemplatesDir = Directory.Exists(temp["templates"]) ? temp["templates"] : null,
        Clean = clean,
    };

    private static string Apply(int operation, TempFolder temp, Random random, List<string> files, string config, ref DateTime mtime)
    {
        var index = random.Next(files.Count);
        switch (operation)
        {
            case 0:
            case 1:
                files.Add(Add(temp, random, ref mtime));
                return "add";
            case 2:
                Touch(temp.Write(files[index], Article(random)), ref mtime);
                return "change " + files[index];
            case 3:
                File.Delete(temp[files[index]]);
                files.RemoveAt(index);
                return "delete";
            case 4:
                var renamed = $"content/moved/{random.Next(100000)}-{Path.GetFileName(files[index])}";
                Directory.CreateDirectory(Path.GetDirectoryName(temp[renamed]) ?? temp.Path);
                File.Move(temp[files[index]], temp[renamed]);
                files[index] = renamed;
                return "rename";
            case 5:
                Touch(temp.Write("templates/404.html", $"<h1>Lost {random.Next(5)}</h1>\n<p><a href=\"{{{{ archive_url }}}}\">Archive</a></p>\n"), ref mtime);
                return "template";
            default:
                Touch(temp.Write("archive.yml", $"title: Test Archive {random.Next(3)}\n{config}"), ref mtime);
                return "config";
        }
    }

    private static string AddNewest(TempFolder temp, Random random, List<string> files, ref DateTime newest, ref DateTime mtime)
    {
        newest = newest.AddDays(random.Next(0, 200)).AddHours(1);
        var relative = $"content/{newest:yyyy}/{newest:MM}/n{random.Next(1_000_000)}.md";
        Touch(temp.Write(relative, Article(random, newest)), ref mtime);
        files.Add(relative);
        return "add newest";
    }

    private static string Add(TempFolder temp, Random random, ref DateTime mtime)
    {
        var relative = $"content/2025/0{random.Next(1, 4)}/a{random.Next(1_000_000)}.md";
        Touch(temp.Write(relative, Article(random)), ref mtime);
        return relative;
    }

    /// <summary>Distinct old modification times, so rebuilds take the size+time fast path the way they do in real use.</summary>
    private static void Touch(string path, ref DateTime mtime)
    {
        mtime = mtime.AddMinutes(1);
        File.SetLastWriteTimeUtc(path, mtime);
    }

    private static string Article(Random random, DateTime? published = null)
    {
        var day = random.Next(1, 4);
        var title = $"Story {random.Next(6)} of the day";
        var topic = Topics[random.Next(Topics.Length)];
        var words = string.Join(' ', Enumerable.Range(0, random.Next(5, 30)).Select(_ => Topics[random.Next(Topics.Length)].ToLowerInvariant()));
        return string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {title}
            date: {(published is { } at ? at.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture) : $"2025-0{random.Next(1, 4)}-0{day}T{random.Next(10, 23)}:00:00+00:00")}
            source: Xinhua
            topics:
              - {topic}
            place: {Places[random.Next(Places.Length)]}
            ---

            The first paragraph says {words}.

            A second paragraph.
            """);
    }
}
