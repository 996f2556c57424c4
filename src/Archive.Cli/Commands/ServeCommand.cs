using System.CommandLine;
using Archive.Cli.Serving;
using Archive.Model;

namespace Archive.Cli.Commands;

/// <summary><c>archive serve</c>: build, serve the site on loopback, rebuild on change and reload open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new BuildCommandOptions();
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 4000 };
        var host = new Option<string>("--host") { Description = "The address to bind (loopback unless you say otherwise).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build, serve the site locally, and rebuild and reload on every change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(async (parseResult, cancellation) =>
        {
            var buildOptions = options.Read(parseResult);
            var reporter = ConsoleReporter.ForConsole(options.ReadVerbosity(parseResult));
            var reloads = new ReloadBroadcaster();
            var session = new ServeSession(buildOptions, reporter, reloads);
            session.Rebuild();
            var server = new SiteServer(buildOptions.OutputDir, reloads, () => session.Problems).Create(parseResult.GetValue(host) ?? "127.0.0.1", parseResult.GetValue(port));
            var watched = new[] { buildOptions.ContentDir, buildOptions.TemplatesDir, buildOptions.ConfigPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(buildOptions.ContentDir)) ?? ".", "archive.yml") };
            using var watcher = new SiteWatcher(buildOptions.ContentDir, watched.Skip(1).OfType<string>(), TimeSpan.FromMilliseconds(100), session.Rebuild);
            await server.StartAsync(cancellation);
            foreach (var url in server.Urls) Console.WriteLine($"Serving {buildOptions.OutputDir} at {url}/ (Ctrl+C to stop)");
            // Ctrl+C reaches the command's token; SIGTERM is taken by the host, which then stops the application.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            await server.StopAsync(CancellationToken.None);
            session.FinishSaving();
            Console.WriteLine("Stopped.");
            return CommandLine.Success;
        });
        return command;
    }
}

/// <summary>One rebuild at a time; the last build's errors, for the browser; a reload after each build.</summary>
internal sealed class ServeSession(BuildOptions options, ConsoleReporter reporter, ReloadBroadcaster reloads)
{
    private readonly Lock building = new();
    // One instance: each rebuild starts from what the last one read; its caches are written while serve waits for changes.
    private ArchiveBuild build => field ??= new() { DeferCacheWrites = true, CachesSaved = () => idle.CachesSaved(building) };
    private readonly IdleCollection idle = new();
    private volatile IReadOnlyList<string> problems = [];
    private IReadOnlySet<string>? warningsShown;
    // A second after a rebuild (the browsers have reloaded), if no rebuild runs: the staging base brought up to the new site,
    // then, once the cache writes are done, a collection (not compacting) and room for the next rebuild's allocations
    // (see IdleCollection), which then runs without a collection's pause.
    private Timer? idleCollection;

    public IReadOnlyList<string> Problems => problems;

    /// <summary>Waits for the caches to be written, so the next build (serve or not) starts from this session's.</summary>
    public void FinishSaving()
    {
        lock (building) build.FinishSaving();
    }

    /// <param name="contentChanges">The content files a watcher saw change since the last build; null when unknown.</param>
    public void Rebuild(IReadOnlyCollection<string>? contentChanges = null)
    {
        lock (building)
        {
            var result = idle.Build(() => build.Run(options with { ContentChanges = contentChanges }));
            warningsShown = reporter.Report(result, options.OutputDir, warningsShown);
            // A failed build leaves the last good site in place; the pages now show why.
            problems = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
            reloads.Reload();
            (idleCollection ??= new Timer(_ => CollectWhileIdle())).Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        }
    }

    private void CollectWhileIdle()
    {
        if (!building.TryEnter()) return;
        try
        {
            build.PrepareNextBuild(options);
            idle.PauseWorkDone(build);
        }
        finally
        {
            building.Exit();
        }
    }
}
