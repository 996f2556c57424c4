using System.Net.Sockets;
using System.Text;
using Archive.Model;

namespace Archive.Cli.BuildServer;

/// <summary>
/// Messages on a socket between one build of archive and itself (the address names the build, so both ends always agree),
/// in a compact binary form: a client's round trip costs a new process no serializer to load and compile.
/// </summary>
internal sealed class MessageChannel : IDisposable
{
    private const byte RequestTag = 0x52, ProgressTag = 1, ResultTag = 2, StatusTag = 3, FailureTag = 4;
    private readonly Socket socket;
    private readonly BinaryReader reader;
    private readonly BinaryWriter writer;
    private readonly Lock sending = new();

    public MessageChannel(Socket socket)
    {
        this.socket = socket;
        var stream = new NetworkStream(socket, ownsSocket: true);
        reader = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
    }

    public void Send(ServerRequest request)
    {
        lock (sending)
        {
            writer.Write(RequestTag);
            writer.Write(request.Kind);
            writer.Write(request.WorkingDirectory);
            writer.Write(request.WantsProgress);
            writer.Write(request.Build is not null);
            if (request.Build is { } build)
            {
                writer.Write(build.ContentDir);
                WriteOptional(build.TemplatesDir);
                writer.Write(build.OutputDir);
                WriteOptional(build.ConfigPath);
                WriteOptional(build.BaseUrl);
                writer.Write(build.Strict);
                writer.Write(build.Clean);
            }
            writer.Flush();
        }
    }

    /// <summary>The request; null if the client closed the connection first.</summary>
    public ServerRequest? ReceiveRequest()
    {
        var tag = reader.BaseStream.ReadByte();
        if (tag < 0) return null;
        if (tag != RequestTag) throw new InvalidDataException($"not a request ({tag})");
        var kind = reader.ReadString();
        var workingDirectory = reader.ReadString();
        var wantsProgress = reader.ReadBoolean();
        var build = reader.ReadBoolean()
            ? new RequestedBuild(reader.ReadString(), ReadOptional(), reader.ReadString(), ReadOptional(), ReadOptional(), reader.ReadBoolean(), reader.ReadBoolean())
            : null;
        return new ServerRequest(kind, workingDirectory, build, wantsProgress);
    }

    /// <summary>Sends from any thread (a build's worker threads report progress).</summary>
    public void Send(ServerReply reply)
    {
        lock (sending)
        {
            switch (reply)
            {
                case { Progress: { } progress }:
                    writer.Write(ProgressTag);
                    writer.Write(progress.Phase);
                    writer.Write(progress.Done);
                    writer.Write(progress.Total);
                    break;
                case { Result: { } result }:
                    writer.Write(ResultTag);
                    WriteResult(result);
                    break;
                case { Status: { } status }:
                    writer.Write(StatusTag);
                    writer.Write(status.ProcessId);
                    writer.Write(status.OutputDir);
                    writer.Write(status.Started.UtcTicks);
                    writer.Write(status.Builds);
                    writer.Write(status.WorkingSetBytes);
                    writer.Write(status.PeakWorkingSetBytes);
                    writer.Write(status.IdleFor.Ticks);
                    break;
                default:
                    writer.Write(FailureTag);
                    writer.Write(reply.Failure ?? "no answer");
                    break;
            }
            writer.Flush();
        }
    }

    /// <summary>The next reply; null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">Not a reply.</exception>
    public ServerReply? ReceiveReply()
    {
        var tag = reader.BaseStream.ReadByte();
        return tag switch
        {
            < 0 => null,
            ProgressTag => new ServerReply(Progress: new BuildProgress(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32())),
            ResultTag => new ServerReply(Result: ReadResult()),
            StatusTag => new ServerReply(Status: new ServerStatus(reader.ReadInt32(), reader.ReadString(),
                new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero), reader.ReadInt32(), reader.ReadInt64(), reader.ReadInt64(), new TimeSpan(reader.ReadInt64()))),
            FailureTag => new ServerReply(Failure: reader.ReadString()),
            _ => throw new InvalidDataException($"unknown message {tag}"),
        };
    }

    /// <summary>Blocks until the other end closes (or sends anything); returns at once when <see cref="StopReceiving"/> is called.</summary>
    public void WaitForClose()
    {
        try
        {
            reader.BaseStream.ReadByte();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Ends any receive waiting on this end, without closing the sending side.</summary>
    public void StopReceiving()
    {
        try
        {
            socket.Shutdown(SocketShutdown.Receive);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    private void WriteResult(BuiltSite result)
    {
        writer.Write(result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write((byte)diagnostic.Severity);
            writer.Write(diagnostic.Location.Path);
            writer.Write(diagnostic.Location.Line);
            writer.Write(diagnostic.Location.Column);
            writer.Write(diagnostic.Message);
        }
        var stats = result.Stats;
        writer.Write(stats.FilesRead);
        writer.Write(stats.ArticlesPublished);
        writer.Write(stats.PagesWritten);
        writer.Write(stats.PagesUnchanged);
        writer.Write(stats.OutputBytes);
        writer.Write(stats.Elapsed.Ticks);
        writer.Write(stats.SiteWritten);
        writer.Write(stats.FilesParsed);
        writer.Write(stats.PagesSkipped);
        writer.Write(stats.Phases.Count);
        foreach (var phase in stats.Phases)
        {
            writer.Write(phase.Phase);
            writer.Write(phase.Wall.Ticks);
            writer.Write(phase.Cpu.Ticks);
        }
        writer.Write(stats.Gc.Gen0);
        writer.Write(stats.Gc.Gen1);
        writer.Write(stats.Gc.Gen2);
        writer.Write(stats.Gc.Paused.Ticks);
        writer.Write(stats.Gc.Allocated);
        writer.Write(result.Strict);
        writer.Write(result.ServerBuilds);
        writer.Write(result.FreshState);
    }

    private BuiltSite ReadResult()
    {
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = (Severity)reader.ReadByte();
            diagnostics[i] = new Diagnostic(severity, new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()), reader.ReadString());
        }
        var stats = new BuildStats(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64(),
            new TimeSpan(reader.ReadInt64()), reader.ReadBoolean())
        {
            FilesParsed = reader.ReadInt32(),
            PagesSkipped = reader.ReadInt32(),
            Phases = ReadPhases(),
            Gc = new GcStats(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), new TimeSpan(reader.ReadInt64()), reader.ReadInt64()),
        };
        return new BuiltSite(diagnostics, stats, reader.ReadBoolean(), reader.ReadInt32(), reader.ReadBoolean());
    }

    private PhaseTime[] ReadPhases()
    {
        var phases = new PhaseTime[reader.ReadInt32()];
        for (var i = 0; i < phases.Length; i++) phases[i] = new PhaseTime(reader.ReadString(), new TimeSpan(reader.ReadInt64()), new TimeSpan(reader.ReadInt64()));
        return phases;
    }

    private void WriteOptional(string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private string? ReadOptional() => reader.ReadBoolean() ? reader.ReadString() : null;

    public void Dispose()
    {
        try
        {
            writer.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The other end is gone: nothing left to flush to it.
        }
        reader.Dispose();
    }
}
