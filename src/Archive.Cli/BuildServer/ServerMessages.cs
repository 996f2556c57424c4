using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Model;

namespace Archive.Cli.BuildServer;

/// <summary>What a client asks: a build (as <c>archive build</c> in <see cref="WorkingDirectory"/> would run it), the status, or a stop.</summary>
internal sealed record ServerRequest(string Kind, string WorkingDirectory, RequestedBuild? Build = null, bool WantsProgress = false)
{
    public const string BuildKind = "build";
    public const string StatusKind = "status";
    public const string StopKind = "stop";
}

/// <summary>The build options a request carries, paths as the user gave them (the server builds in the client's folder).</summary>
internal sealed record RequestedBuild(string ContentDir, string? TemplatesDir, string OutputDir, string? ConfigPath, string? BaseUrl, bool Strict, bool Clean)
{
    public static RequestedBuild From(BuildOptions options) =>
        new(options.ContentDir, options.TemplatesDir, options.OutputDir, options.ConfigPath, options.BaseUrl, options.Strict, options.Clean);

    public BuildOptions ToOptions() => new()
    {
        ContentDir = ContentDir,
        TemplatesDir = TemplatesDir,
        OutputDir = OutputDir,
        ConfigPath = ConfigPath,
        BaseUrl = BaseUrl,
        Strict = Strict,
        Clean = Clean,
    };
}

/// <summary>One line from the server: progress, the build's outcome, its status, or why it could not build.</summary>
internal sealed record ServerReply(BuildProgress? Progress = null, BuiltSite? Result = null, ServerStatus? Status = null, string? Failure = null);

/// <summary>A build's outcome as the client reports it (the model stays in the server).</summary>
internal sealed record BuiltSite(IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, bool Strict, int ServerBuilds, bool FreshState)
{
    public static BuiltSite From(BuildResult result, int serverBuilds, bool freshState) =>
        new(result.Diagnostics, result.Stats, result.Strict, serverBuilds, freshState);

    public BuildResult ToResult() => new(null, Diagnostics, Stats, Strict);
}

/// <summary>What <c>archive build-server status</c> shows of one server.</summary>
internal sealed record ServerStatus(int ProcessId, string OutputDir, DateTimeOffset Started, int Builds, long WorkingSetBytes, TimeSpan IdleFor);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServerRequest))]
[JsonSerializable(typeof(ServerReply))]
internal sealed partial class ServerJson : JsonSerializerContext;

/// <summary>Messages on a socket: one JSON object per line, UTF-8.</summary>
internal sealed class MessageChannel(Stream stream) : IDisposable
{
    private readonly StreamReader reader = new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    private readonly StreamWriter writer = new(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
    private readonly SemaphoreSlim sending = new(1, 1);

    public async Task SendAsync<T>(T message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellation = default)
    {
        var line = JsonSerializer.Serialize(message, type);
        await sending.WaitAsync(cancellation);
        try
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellation);
            await writer.FlushAsync(cancellation);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends from any thread without the thread pool (a build's worker threads report progress).</summary>
    public void Send<T>(T message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var line = JsonSerializer.Serialize(message, type);
        sending.Wait();
        try
        {
            writer.WriteLine(line);
            writer.Flush();
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>The next message; null at the end of the stream.</summary>
    /// <exception cref="JsonException">The line is not such a message.</exception>
    public async Task<T?> ReceiveAsync<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellation = default) where T : class
    {
        var line = await reader.ReadLineAsync(cancellation);
        return line is null ? null : JsonSerializer.Deserialize(line, type) ?? throw new JsonException("an empty message");
    }

    public void Dispose()
    {
        reader.Dispose();
        writer.Dispose();
        sending.Dispose();
        stream.Dispose();
    }
}
