namespace Archive.Cli.BuildServer;

/// <summary>
/// The content files that changed since the last build of a build server, as a watcher saw them. A watcher reports late,
/// so before each build a marker file is written into the content folder and its event awaited: the kernel queues events in
/// order, so once the marker's arrives, every change made before the build was asked for has been seen.
/// </summary>
internal sealed class ContentChangeLog : IDisposable
{
    private const string MarkerPrefix = ".archive-build-sync-";
    private readonly string root;
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;
    // Null: not known exactly (no watcher yet, or it lost events), so the next build lists every folder.
    private HashSet<string>? changed;
    private string? awaitedMarker;
    private TaskCompletionSource? markerSeen;

    public ContentChangeLog(string contentDir)
    {
        root = Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar);
        Watch();
    }

    public string Root => root;

    /// <summary>
    /// The content files (relative, '/' separated) changed since the last call, or null when that is not known exactly. Every
    /// change made before the call is included; later ones go to the next call.
    /// </summary>
    public IReadOnlyCollection<string>? Take(TimeSpan wait)
    {
        if (watcher is null || !AllEventsArrived(wait))
        {
            // A watcher that misses its own marker may be lost with its folder (deleted and made again): start afresh.
            Watch();
            lock (gate) changed = null;
        }
        lock (gate)
        {
            var taken = changed;
            changed = watcher is null ? null : new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }

    private bool AllEventsArrived(TimeSpan wait)
    {
        var name = MarkerPrefix + Guid.NewGuid().ToString("N");
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            awaitedMarker = name;
            markerSeen = seen;
        }
        var marker = Path.Combine(root, name);
        try
        {
            File.WriteAllBytes(marker, []);
            return seen.Task.Wait(wait);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // a read-only content folder: no proof, so the build lists everything
        }
        finally
        {
            try { File.Delete(marker); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private void Watch()
    {
        watcher?.Dispose();
        watcher = null;
        if (!Directory.Exists(root)) return;
        try
        {
            watcher = Serving.SiteWatcher.Start(new FileSystemWatcher(root) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 },
                path => Saw(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            watcher = null; // too many watches, say: every build lists every folder
        }
    }

    /// <summary>A path seen changing; null when events were lost (the kernel's queue overflowed).</summary>
    private void Saw(string? fullPath)
    {
        if (fullPath is null)
        {
            lock (gate) changed = null;
            return;
        }
        var relative = Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        lock (gate)
        {
            if (relative.StartsWith(MarkerPrefix, StringComparison.Ordinal))
            {
                if (relative == awaitedMarker) markerSeen?.TrySetResult();
                return;
            }
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) changed = null;
            else changed?.Add(relative);
        }
    }

    public void Dispose() => watcher?.Dispose();
}
