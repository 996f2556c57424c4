namespace Archive.Cli.Serving;

/// <summary>
/// Watches folders and files and calls back once things have been quiet for a moment (debounced), with the content files
/// that changed meanwhile: the paths relative to the content folder, or null when that is not known exactly (a template or
/// the config changed, or the watcher lost events), and the rebuild must look at everything.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;
    private readonly string contentRoot;
    private readonly Lock gate = new();
    private readonly bool contentOnly;
    private HashSet<string>? changed = new(StringComparer.Ordinal);

    public SiteWatcher(string contentDir, IEnumerable<string> otherPaths, TimeSpan quiet, Action<IReadOnlyCollection<string>?> onChange)
    {
        this.quiet = quiet;
        contentRoot = Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar);
        timer = new Timer(_ => onChange(Take()), null, Timeout.Infinite, Timeout.Infinite);
        var others = otherPaths.Select(Path.GetFullPath).ToList();
        // A template folder inside the content folder would look like content: then no change is taken as content only.
        contentOnly = !others.Any(other => other == contentRoot || other.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        foreach (var path in others.Prepend(contentRoot).Distinct(StringComparer.Ordinal))
        {
            var watcher = Directory.Exists(path)
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 }
                : File.Exists(path) ? new FileSystemWatcher(Path.GetDirectoryName(path) ?? ".", Path.GetFileName(path)) : null;
            if (watcher is null) continue;
            watchers.Add(Start(watcher, Poke));
        }
    }

    /// <summary>
    /// Starts a watcher that reports every path it sees change (both names of a rename), and null when events were lost
    /// (the kernel's queue overflowed): then only a full look is safe.
    /// </summary>
    internal static FileSystemWatcher Start(FileSystemWatcher watcher, Action<string?> changed)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => changed(e.FullPath);
        watcher.Created += (_, e) => changed(e.FullPath);
        watcher.Deleted += (_, e) => changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            changed(e.OldFullPath);
            changed(e.FullPath);
        };
        watcher.Error += (_, _) => changed(null);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Poke(string? fullPath)
    {
        lock (gate)
        {
            var relative = fullPath is null ? null : Path.GetRelativePath(contentRoot, fullPath);
            if (!contentOnly || relative is null || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || relative == ".")
                changed = null;
            else
                changed?.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
        }
        timer.Change(quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>What changed since the last call, and a fresh start for the next.</summary>
    private IReadOnlyCollection<string>? Take()
    {
        lock (gate)
        {
            var taken = changed;
            changed = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
