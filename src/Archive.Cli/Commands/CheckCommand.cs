using System.CommandLine;
using Archive.Model;
using Archive.Output;

namespace Archive.Cli.Commands;

/// <summary><c>archive check</c>: parse content, config and templates, print every diagnostic, write nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new BuildCommandOptions();
        var links = new Option<bool>("--links") { Description = "Also check every internal link of the built site in --output." };
        var command = new Command("check", "Check content, config and templates without writing a site; exit 1 on errors.");
        options.AddTo(command);
        command.Options.Add(links);
        command.SetAction(parseResult =>
        {
            var buildOptions = options.Read(parseResult);
            var reporter = ConsoleReporter.ForConsole(options.ReadVerbosity(parseResult));
            var diagnostics = new ArchiveBuild().Check(buildOptions).ToList();
            if (parseResult.GetValue(links)) diagnostics.AddRange(LinkChecker.Check(buildOptions.OutputDir));
            reporter.Diagnostics(diagnostics);
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count - errors;
            reporter.Info($"{warnings} warnings, {errors} errors");
            return errors > 0 || buildOptions.Strict && warnings > 0 ? CommandLine.Failed : CommandLine.Success;
        });
        return command;
    }
}
