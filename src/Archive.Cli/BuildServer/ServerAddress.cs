using System.Globalization;

namespace Archive.Cli.BuildServer;

/// <summary>
/// Where the build server of one output folder listens: a Unix socket in a folder only this user can enter, named by the
/// output folder and by this build of the program (a new build of archive never talks to an old server). Beside it, a lock
/// file held by the server for its lifetime and its log.
/// </summary>
internal sealed record ServerAddress(string Folder, string Name)
{
    /// <summary>Overrides the folder of the sockets (tests use their own).</summary>
    public const string FolderVariable = "ARCHIVE_BUILD_SERVER_DIR";

    public string Socket => Path.Combine(Folder, Name + ".sock");
    public string LockFile => Path.Combine(Folder, Name + ".lock");
    public string LogFile => Path.Combine(Folder, Name + ".log");

    /// <summary>The address of the server for an output folder; null where there can be none (Windows, or no private folder).</summary>
    public static ServerAddress? For(string outputDir)
    {
        if (OperatingSystem.IsWindows() || ServersFolder() is not { } folder) return null;
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var identity = $"{output}\n{ProgramVersion()}";
        return new ServerAddress(folder, NameFor(identity));
    }

    /// <summary>Every server address in the folder (for <c>archive build-server status</c> and <c>stop</c>).</summary>
    public static IReadOnlyList<ServerAddress> All()
    {
        if (OperatingSystem.IsWindows() || ServersFolder() is not { } folder) return [];
        return Directory.EnumerateFiles(folder, "*.sock")
            .Select(path => new ServerAddress(folder, Path.GetFileNameWithoutExtension(path)))
            .OrderBy(address => address.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The folder of this user's sockets, made private; null if it exists with access for others.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? ServersFolder()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } given
            ? given
            : Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Directory.Exists(runtime)
                ? Path.Combine(runtime, "archive")
                : Path.Combine(Path.GetTempPath(), "archive-" + Environment.UserName);
        try
        {
            var created = Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            // Another user could have made it first; a socket others can reach would let them build as this user.
            const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            return (created.UnixFileMode & others) == 0 ? created.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Two FNV-1a hashes of the identity, with different offsets: a name, not a secret (the folder keeps others out), and no
    /// cryptography library for a new process to load on every build (measured: 14 ms).
    /// </summary>
    internal static string NameFor(string identity)
    {
        ulong first = 14695981039346656037, second = 1099511628211UL * 31;
        foreach (var c in identity)
        {
            first = (first ^ c) * 1099511628211;
            second = (second ^ c) * 1099511628211;
        }
        return first.ToString("x16", CultureInfo.InvariantCulture) + second.ToString("x8", CultureInfo.InvariantCulture)[..8];
    }

    /// <summary>This build of the program: the module ids of the command line and of the core.</summary>
    private static string ProgramVersion() =>
        $"{typeof(ServerAddress).Assembly.ManifestModule.ModuleVersionId}/{typeof(ArchiveBuild).Assembly.ManifestModule.ModuleVersionId}";
}
