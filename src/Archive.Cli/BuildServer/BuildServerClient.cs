using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Archive.Model;

namespace Archive.Cli.BuildServer;

/// <summary>
/// <c>archive build</c>'s way to the build server of its output folder: it connects (starting the server if none runs),
/// sends the build, relays the progress and returns the outcome, which the command reports as its own. Null whenever the
/// server cannot do it (none can start here, it stopped, it failed): the command then builds in its own process.
/// </summary>
internal sealed class BuildServerClient(ServerAddress address, IServerLauncher launcher, TextWriter notes)
{
    /// <summary>How long a starting server may take to listen before the client builds alone.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <remarks>Blocking calls on the socket, not asynchronous ones: a new process then starts no I/O threads (measured: a
    /// tenth of a second less per build). Cancellation (Ctrl+C) closes the socket, which the server takes as a stop.</remarks>
    public ServedBuild? Build(BuildOptions options, CancellationToken cancellation)
    {
        using var channel = ConnectOrStart(options.OutputDir, cancellation);
        if (channel is null) return null;
        using var stop = cancellation.Register(channel.Dispose);
        try
        {
            channel.Send(new ServerRequest(ServerRequest.BuildKind, Environment.CurrentDirectory, RequestedBuild.From(options), options.Progress is not null));
            while (channel.ReceiveReply() is { } reply)
            {
                if (reply.Progress is { } progress) options.Progress?.Report(progress);
                if (reply.Result is { } built) return new ServedBuild(built.ToResult(), built.ServerBuilds, built.FreshState);
                if (reply.Failure is { } failure)
                {
                    notes.WriteLine($"archive: the build server failed ({failure}); building in this process instead");
                    return null;
                }
            }
            notes.WriteLine("archive: the build server stopped before the build finished; building in this process instead");
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or ObjectDisposedException)
        {
            if (cancellation.IsCancellationRequested) return null;
            notes.WriteLine($"archive: lost the build server ({e.Message}); building in this process instead");
        }
        return null;
    }

    private MessageChannel? ConnectOrStart(string outputDir, CancellationToken cancellation)
    {
        if (TryConnect(address) is { } running) return running;
        var started = launcher.Start(address, outputDir);
        if (started is null) return null;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !cancellation.IsCancellationRequested)
        {
            Thread.Sleep(20);
            if (TryConnect(address) is { } channel)
            {
                notes.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"archive: started a build server for {outputDir}: it keeps the site in memory so that the next builds are fast, and stops after {launcher.IdleTimeout.TotalMinutes:0} minutes without a build ('archive build-server stop' stops it now)"));
                return channel;
            }
            if (started.HasExited) break;
        }
        if (!cancellation.IsCancellationRequested) notes.WriteLine("archive: the build server did not start; building in this process");
        return null;
    }

    /// <summary>A channel to the server listening at the address, or null if none does.</summary>
    public static MessageChannel? TryConnect(ServerAddress address)
    {
        if (!File.Exists(address.Socket)) return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(address.Socket));
            return new MessageChannel(socket);
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }
}

/// <summary>A build done by the build server: the outcome, how many builds the server has done, and whether it started afresh.</summary>
internal sealed record ServedBuild(BuildResult Result, int ServerBuilds, bool FreshState);

/// <summary>Starts a build server for an address.</summary>
internal interface IServerLauncher
{
    TimeSpan IdleTimeout { get; }

    /// <summary>Something that tells whether the server gave up; null if it could not be started.</summary>
    IStartedServer? Start(ServerAddress address, string outputDir);
}

/// <summary>A server being started.</summary>
internal interface IStartedServer
{
    bool HasExited { get; }
}
