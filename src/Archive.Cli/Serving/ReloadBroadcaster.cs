namespace Archive.Cli.Serving;

/// <summary>Tells every open page that the site changed: each waiter gets the next generation number.</summary>
public sealed class ReloadBroadcaster
{
    private readonly Lock gate = new();
    private TaskCompletionSource<int> next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int generation;

    public int Generation
    {
        get { lock (gate) return generation; }
    }

    public Task<int> NextAsync()
    {
        lock (gate) return next.Task;
    }

    public void Reload()
    {
        TaskCompletionSource<int> done;
        lock (gate)
        {
            generation++;
            done = next;
            next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult(generation);
    }
}
