using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary><c>archive build</c>: content in, site out.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new BuildCommandOptions();
        var command = new Command("build", "Build the site from the content folder into the output folder.");
        options.AddTo(command);
        command.SetAction(parseResult =>
        {
            var reporter = ConsoleReporter.ForConsole(options.ReadVerbosity(parseResult));
            var buildOptions = options.Read(parseResult) with { Progress = reporter.Progress() };
            var result = new ArchiveBuild().Run(buildOptions);
            reporter.Report(result, buildOptions.OutputDir);
            return result.Succeeded ? CommandLine.Success : CommandLine.Failed;
        });
        return command;
    }
}
