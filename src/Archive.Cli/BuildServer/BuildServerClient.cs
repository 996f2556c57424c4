using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
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

    public async Task<ServedBuild?> BuildAsync(BuildOptions options, CancellationToken cancellation)
    {
        using var channel = await ConnectOrStartAsync(options.OutputDir, cancellation);
        if (channel is null) return null;
        try
        {
            var request = new ServerRequest(ServerRequest.BuildKind, Environment.CurrentDirectory, RequestedBuild.From(options), options.Progress is not null);
            await channel.SendAsync(request, ServerJson.Default.ServerRequest, cancellation);
            while (await channel.ReceiveAsync(ServerJson.Default.ServerReply, cancellation) is { } reply)
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
        catch (Exception e) when (e is IOException or SocketException or JsonException)
        {
            notes.WriteLine($"archive: lost the build server ({e.Message}); building in this process instead");
        }
        return null;
    }

    private async Task<MessageChannel?> ConnectOrStartAsync(string outputDir, CancellationToken cancellation)
    {
        if (await TryConnectAsync(address, cancellation) is { } running) return running;
        var started = launcher.Start(address, outputDir);
        if (started is null) return null;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !cancellation.IsCancellationRequested)
        {
            await Task.Delay(20, cancellation);
            if (await TryConnectAsync(address, cancellation) is { } channel)
            {
                notes.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"archive: started a build server for {outputDir}: it keeps the site in memory so that the next builds are fast, and stops after {launcher.IdleTimeout.TotalMinutes:0} minutes without a build ('archive build-server stop' stops it now)"));
                return channel;
            }
            if (started.HasExited) break;
        }
        notes.WriteLine("archive: the build server did not start; building in this process");
        return null;
    }

    /// <summary>A channel to the server listening at the address, or null if none does.</summary>
    public static async Task<MessageChannel?> TryConnectAsync(ServerAddress address, CancellationToken cancellation = default)
    {
        if (!File.Exists(address.Socket)) return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(address.Socket), cancellation);
            return new MessageChannel(new NetworkStream(socket, ownsSocket: true));
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
