namespace Archive.Caching;

/// <summary>
/// Cache writes done on one background thread, the latest of each kind winning: a serve session's rebuild returns as soon as
/// the site is swapped in, and a cache file superseded before it was written is never written. The caches are only ever
/// a speed-up (each is verified on load), so one not yet written costs the next process time, never correctness.
/// </summary>
public sealed class BackgroundSaves
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Action> pending = new(StringComparer.Ordinal);
    private Task worker = Task.CompletedTask;
    private bool draining;

    /// <summary>How long the worker waits before it starts: a session's build has its answer to give first (see
    /// <c>ArchiveBuild.DeferCacheWrites</c>), and a save superseded in the meantime is never written.</summary>
    public TimeSpan StartDelay { get; set; }

    // Cleared while a session's build runs: saves queued before it wait (a save under way finishes), so that on two cores
    // they do not take one from the build; the build's own saves replace most of them anyway.
    private readonly ManualResetEventSlim released = new(initialState: true);

    /// <summary>Holds back saves not yet started until <see cref="Release"/>. Not with <see cref="Flush"/> between.</summary>
    public void Hold() => released.Reset();

    public void Release() => released.Set();

    /// <summary>Called on the worker's thread each time it has written everything queued.</summary>
    public Action? Drained { get; set; }

    /// <summary>Whether saves are queued or being written.</summary>
    public bool Pending
    {
        get
        {
            lock (gate) return draining;
        }
    }

    /// <summary>Saves later; replaces a save of the same kind not yet started.</summary>
    public void Queue(string kind, Action save)
    {
        lock (gate)
        {
            pending[kind] = save;
            if (draining) return;
            draining = true;
            // A thread of its own: a save of 200 MB on a pool thread starves the build's parallel loops on a 2-core machine
            // (the pool adds threads slowly), which cost a serve rebuild a second of waiting.
            worker = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Waits until every queued save is written.</summary>
    public void Flush()
    {
        while (true)
        {
            Task current;
            lock (gate)
            {
                if (!draining) return;
                current = worker;
            }
            current.Wait();
        }
    }

    private void Drain()
    {
        if (StartDelay > TimeSpan.Zero) Thread.Sleep(StartDelay);
        while (true)
        {
            released.Wait();
            Action save;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    draining = false;
                    break;
                }
                var first = pending.Keys.Order(StringComparer.Ordinal).First();
                save = pending[first];
                pending.Remove(first);
            }
            save();
        }
        Drained?.Invoke();
    }
}
