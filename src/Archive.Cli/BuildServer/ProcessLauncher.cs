using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Archive.Cli.BuildServer;

/// <summary>
/// Starts the build server as a process of this very program (<c>archive build-server run</c>), cut off from the client's
/// console: its standard streams are not the client's (a script or CI step that waits for the client's output to end must
/// not wait for the server too), and it leaves the terminal's session once running (see <see cref="BuildServerCommand"/>).
/// </summary>
internal sealed class ProcessLauncher(TimeSpan idleTimeout) : IServerLauncher
{
    public const string IdleMinutesVariable = "ARCHIVE_BUILD_SERVER_IDLE_MINUTES";
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(20);

    public TimeSpan IdleTimeout => idleTimeout;

    /// <summary>The idle timeout the environment asks for (<see cref="IdleMinutesVariable"/>), or the default.</summary>
    public static ProcessLauncher FromEnvironment() =>
        new(double.TryParse(Environment.GetEnvironmentVariable(IdleMinutesVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : DefaultIdleTimeout);

    public IStartedServer? Start(ServerAddress address, string outputDir)
    {
        var program = Environment.ProcessPath;
        if (program is null) return null;
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Run as 'dotnet archive.dll' (dotnet run, dotnet exec): the server must be given the program too.
        if (Path.GetFileNameWithoutExtension(program) == "dotnet") start.ArgumentList.Add(typeof(ArchiveCli).Assembly.Location);
        foreach (var argument in new[] { "build-server", "run", "--output", Path.GetFullPath(outputDir), "--idle-minutes",
                     idleTimeout.TotalMinutes.ToString("0.###", CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start);
            if (process is null) return null;
            // The server writes to its log, never to these: closing them lets it live on after this process.
            process.StandardInput.Close();
            process.StandardOutput.Close();
            process.StandardError.Close();
            return new StartedProcess(process);
        }
        catch (Exception e) when (e is Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private sealed class StartedProcess(Process process) : IStartedServer
    {
        public bool HasExited => process.HasExited;
    }
}
