using System.CommandLine;
using Archive.Cli.BuildServer;

namespace Archive.Cli.Commands;

/// <summary><c>archive build</c>: content in, site out; by the output folder's build server when it can, else in this process.</summary>
public static class BuildCommand
{
    /// <summary>Set to 0 to build in the command's own process; set to 1 to use a build server even where CI is set.</summary>
    public const string ServerVariable = "ARCHIVE_BUILD_SERVER";

    public static Command Create()
    {
        var options = new BuildCommandOptions();
        var noServer = new Option<bool>("--no-server") { Description = "Build in this process, not in the output folder's build server." };
        var command = new Command("build", "Build the site from the content folder into the output folder.");
        options.AddTo(command);
        command.Options.Add(noServer);
        command.SetAction((parseResult, cancellation) =>
        {
            var reporter = ConsoleReporter.ForConsole(options.ReadVerbosity(parseResult));
            var buildOptions = options.Read(parseResult) with { Progress = reporter.Progress() };
            var served = !parseResult.GetValue(noServer) && ServerWanted(Environment.GetEnvironmentVariable) && ServerAddress.For(buildOptions.OutputDir) is { } address
                ? new BuildServerClient(address, ProcessLauncher.FromEnvironment(), reporter.Verbosity == Verbosity.Quiet ? TextWriter.Null : Console.Error)
                    .Build(buildOptions, cancellation)
                : null;
            if (cancellation.IsCancellationRequested) return Task.FromResult(CommandLine.Failed);
            var result = served?.Result ?? new ArchiveBuild().Run(buildOptions);
            reporter.Report(result, buildOptions.OutputDir);
            if (served is not null)
                reporter.Detail($"build server: its build {served.ServerBuilds}{(served.FreshState ? ", from the caches on disk" : ", from memory")} ('archive build-server stop' stops it)");
            return Task.FromResult(result.Succeeded ? CommandLine.Success : CommandLine.Failed);
        });
        return command;
    }

    /// <summary>Wanted unless <see cref="ServerVariable"/> says no; in CI (where CI is set) only if it says yes.</summary>
    public static bool ServerWanted(Func<string, string?> environment)
    {
        var setting = environment(ServerVariable)?.Trim().ToLowerInvariant();
        if (setting is "0" or "false" or "off" or "no") return false;
        if (setting is "1" or "true" or "on" or "yes") return true;
        var ci = environment("CI")?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(ci) || ci is "0" or "false";
    }
}
