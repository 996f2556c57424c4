using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Archive.Cli.BuildServer;

namespace Archive.Cli.Commands;

/// <summary><c>archive build-server status|stop</c>, and the hidden <c>run</c> that <c>archive build</c> starts.</summary>
public static partial class BuildServerCommand
{
    public static Command Create()
    {
        var command = new Command("build-server", "Show or stop the build servers that keep sites in memory for fast rebuilds.");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Stop());
        command.Subcommands.Add(Run());
        return command;
    }

    private static Command Status()
    {
        var command = new Command("status", "List the running build servers: output folder, process, builds, memory, idle time.");
        command.SetAction(_ =>
        {
            var any = false;
            foreach (var status in AskAll(ServerRequest.StatusKind))
            {
                any = true;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{status.OutputDir}: pid {status.ProcessId}, {status.Builds} builds since {status.Started:yyyy-MM-dd HH:mm}, {status.WorkingSetBytes / (1024 * 1024)} MiB (peak {status.PeakWorkingSetBytes / (1024 * 1024)} MiB), idle {status.IdleFor.TotalMinutes:0} min"));
            }
            if (!any) Console.WriteLine("No build server is running.");
            return CommandLine.Success;
        });
        return command;
    }

    private static Command Stop()
    {
        var command = new Command("stop", "Stop every running build server (each first finishes its build and writes its caches).");
        command.SetAction(_ =>
        {
            var stopped = AskAll(ServerRequest.StopKind);
            foreach (var status in stopped) Console.WriteLine($"Stopped the build server of {status.OutputDir} (pid {status.ProcessId}).");
            if (stopped.Count == 0) Console.WriteLine("No build server is running.");
            return CommandLine.Success;
        });
        return command;
    }

    private static List<ServerStatus> AskAll(string kind)
    {
        var answers = new List<ServerStatus>();
        foreach (var address in ServerAddress.All())
        {
            using var channel = BuildServerClient.TryConnect(address);
            if (channel is null) continue;
            try
            {
                channel.Send(new ServerRequest(kind, Environment.CurrentDirectory));
                if (channel.ReceiveReply() is { Status: { } status }) answers.Add(status);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidDataException)
            {
                // A server stopping as it was asked: it has nothing to say.
            }
        }
        return answers;
    }

    private static Command Run()
    {
        var output = new Option<string>("--output") { Required = true, Description = "The output folder the server builds." };
        var idleMinutes = new Option<double>("--idle-minutes") { DefaultValueFactory = _ => ProcessLauncher.DefaultIdleTimeout.TotalMinutes };
        var command = new Command("run", "Run a build server (started by 'archive build').") { Hidden = true };
        command.Options.Add(output);
        command.Options.Add(idleMinutes);
        command.SetAction(async (parseResult, cancellation) =>
        {
            var outputDir = parseResult.GetValue(output) ?? "_site";
            if (ServerAddress.For(outputDir) is not { } address) return CommandLine.Failed;
            LeaveTerminalSession();
            using var file = new StreamWriter(address.LogFile, append: false) { AutoFlush = true };
            var log = TextWriter.Synchronized(file);
            Console.SetOut(log);
            Console.SetError(log);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:O} build server for {outputDir}, pid {Environment.ProcessId}"));
            var idle = TimeSpan.FromMinutes(Math.Max(0.01, parseResult.GetValue(idleMinutes)));
            await new BuildServerHost(address, outputDir, idle, log).RunAsync(cancellation);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:O} stopped"));
            return CommandLine.Success;
        });
        return command;
    }

    /// <summary>Out of the terminal's session, so that Ctrl+C in it stops the client only (which then stops its build).</summary>
    private static void LeaveTerminalSession()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            SetSid();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "setsid")]
    private static partial int SetSid();
}
