using System.Diagnostics;
using System.Net.Sockets;
using Archive.Model;

namespace Archive.Cli.BuildServer;

/// <summary>
/// The build server of one output folder: listens on its socket, runs one build at a time for the clients that ask, and
/// stops after a while without builds, when asked, or when a client goes away in the middle of its build (Ctrl+C: the
/// build stops as it would in the client's own process, and the output folder keeps its previous site).
/// </summary>
internal sealed class BuildServerHost
{
    private readonly ServerAddress address;
    private readonly string outputDir;
    private readonly TimeSpan idleTimeout;
    private readonly BuildServerSession session;
    // Fires a second after a build: the session's pause work (see BuildServerSession.AfterBuild).
    private readonly Timer afterBuild;
    private readonly CancellationTokenSource stopping = new();
    private readonly DateTimeOffset started = DateTimeOffset.Now;
    private long lastBuild = Environment.TickCount64;
    private int active;

    /// <param name="log">Where each build's timings go: the server's log file.</param>
    public BuildServerHost(ServerAddress address, string outputDir, TimeSpan idleTimeout, TextWriter? log = null)
    {
        this.address = address;
        this.outputDir = outputDir;
        this.idleTimeout = idleTimeout;
        session = new BuildServerSession { Log = log };
        afterBuild = new Timer(_ => session.AfterBuild());
    }

    /// <summary>What happens when a client leaves during its build: by default the process exits at once.</summary>
    public Action AbandonedBuild { get; init; } = () => Environment.Exit(CommandLine.Failed);

    /// <summary>Serves until stopped; returns at once when another server already holds the address.</summary>
    public async Task RunAsync(CancellationToken cancellation = default)
    {
        using var held = HoldLock();
        if (held is null) return;
        File.Delete(address.Socket); // left by a server that was killed: the lock proves no one listens on it
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(address.Socket));
        listener.Listen(16);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, stopping.Token);
        using var idleCheck = new Timer(_ => StopIfIdle(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptAsync(stop.Token);
                _ = Task.Run(() => Serve(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            File.Delete(address.Socket);
            await afterBuild.DisposeAsync();
            session.FinishSaving();
            session.Dispose();
        }
    }

    private FileStream? HoldLock()
    {
        try
        {
            return new FileStream(address.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void StopIfIdle()
    {
        if (Volatile.Read(ref active) == 0 && IdleFor >= idleTimeout) stopping.Cancel();
    }

    private void Serve(Socket client)
    {
        Interlocked.Increment(ref active);
        using var channel = new MessageChannel(client);
        try
        {
            var request = channel.ReceiveRequest();
            switch (request?.Kind)
            {
                case ServerRequest.BuildKind when request.Build is { } build:
                    Build(channel, request, build);
                    break;
                case ServerRequest.StatusKind:
                    channel.Send(new ServerReply(Status: Status()));
                    break;
                case ServerRequest.StopKind:
                    session.FinishSaving();
                    channel.Send(new ServerReply(Status: Status()));
                    stopping.Cancel();
                    break;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or ObjectDisposedException)
        {
            // A client that went away or spoke nonsense: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }

    private void Build(MessageChannel channel, ServerRequest request, RequestedBuild requested)
    {
        var finished = 0;
        // The client sends nothing more: the end of its stream before the build ends means it was stopped (Ctrl+C).
        var watch = new Thread(() =>
        {
            channel.WaitForClose();
            if (Volatile.Read(ref finished) == 0) AbandonedBuild();
        }) { IsBackground = true, Name = "client watch" };
        watch.Start();
        ServerReply reply;
        try
        {
            var progress = request.WantsProgress ? new RelayedProgress(channel) : null;
            var built = session.Build(request.WorkingDirectory, requested.ToOptions() with { Progress = progress });
            reply = new ServerReply(Result: built);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reply = new ServerReply(Failure: $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            Volatile.Write(ref finished, 1);
            channel.StopReceiving();
        }
        watch.Join();
        Volatile.Write(ref lastBuild, Environment.TickCount64);
        channel.Send(reply);
        // A moment later, unless another build comes first: the next build in a script should not wait for a collection.
        afterBuild.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
    }

    private TimeSpan IdleFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref lastBuild));

    private ServerStatus Status()
    {
        using var process = Process.GetCurrentProcess();
        return new ServerStatus(Environment.ProcessId, Path.GetFullPath(outputDir), started, session.Builds, process.WorkingSet64, process.PeakWorkingSet64,
            IdleFor);
    }

    /// <summary>Progress sent to the client as it comes; a line per change of phase or per 256 items at most.</summary>
    private sealed class RelayedProgress(MessageChannel channel) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            try
            {
                channel.Send(new ServerReply(Progress: value));
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The client went away: the watch thread decides what that means.
            }
        }
    }
}
