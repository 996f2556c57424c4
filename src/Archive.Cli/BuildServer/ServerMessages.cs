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

/// <summary>One message from the server: progress, the build's outcome, its status, or why it could not build.</summary>
internal sealed record ServerReply(BuildProgress? Progress = null, BuiltSite? Result = null, ServerStatus? Status = null, string? Failure = null);

/// <summary>A build's outcome as the client reports it (the model stays in the server).</summary>
internal sealed record BuiltSite(IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, bool Strict, int ServerBuilds, bool FreshState)
{
    public static BuiltSite From(BuildResult result, int serverBuilds, bool freshState) =>
        new(result.Diagnostics, result.Stats, result.Strict, serverBuilds, freshState);

    public BuildResult ToResult() => new(null, Diagnostics, Stats, Strict);
}

/// <summary>What <c>archive build-server status</c> shows of one server.</summary>
internal sealed record ServerStatus(int ProcessId, string OutputDir, DateTimeOffset Started, int Builds, long WorkingSetBytes, long PeakWorkingSetBytes, TimeSpan IdleFor);
