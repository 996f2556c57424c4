namespace Archive.Cli.Serving;

/// <summary>Watches folders and files and calls back once things have been quiet for a moment (debounced).</summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;

    public SiteWatcher(IEnumerable<string> paths, TimeSpan quiet, Action changed)
    {
        this.quiet = quiet;
        timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = Directory.Exists(path)
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true }
                : File.Exists(path) ? new FileSystemWatcher(Path.GetDirectoryName(path) ?? ".", Path.GetFileName(path)) : null;
            if (watcher is null) continue;
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Poke() => timer.Change(quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
