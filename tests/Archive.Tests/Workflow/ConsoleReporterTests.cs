using Archive.Cli;
using Archive.Model;

namespace Archive.Tests.Workflow;

/// <summary>What the console says after a build, and after each rebuild of a serve session.</summary>
public sealed class ConsoleReporterTests
{
    private static BuildResult Result(params Diagnostic[] diagnostics) =>
        new(null, diagnostics, new BuildStats(3, 3, 1, 2, 100, TimeSpan.FromSeconds(0.5), SiteWritten: true), Strict: false);

    private static Diagnostic Warning(string path, string message) => new(Severity.Warning, new SourceLocation(path, 1, 1), message);

    [Fact]
    public void A_rebuild_repeats_no_warning_of_the_last_build_but_prints_new_ones_and_every_error()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var reporter = new ConsoleReporter(output, errors, Verbosity.Normal, errorsIsTerminal: false, color: false);
        var old = Warning("a.txt", "another article has the slug 'a'");
        var error = new Diagnostic(Severity.Error, new SourceLocation("b.txt", 2, 1), "no title");

        var shown = reporter.Report(Result(old, error), "public");
        Assert.Contains(old.ToString(), errors.ToString());
        errors.GetStringBuilder().Clear();

        var fresh = Warning("c.txt", "no date line");
        reporter.Report(Result(old, fresh, error), "public", shown);
        var printed = errors.ToString();
        Assert.DoesNotContain(old.ToString(), printed);
        Assert.Contains(fresh.ToString(), printed);
        Assert.Contains(error.ToString(), printed);
        Assert.Contains("1 warnings as in the last build, not repeated", printed);
        Assert.Contains("2 warnings, 1 errors", output.ToString());
    }

    [Fact]
    public void A_single_build_prints_every_warning()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var reporter = new ConsoleReporter(output, errors, Verbosity.Normal, errorsIsTerminal: false, color: false);
        reporter.Report(Result(Warning("a.txt", "one"), Warning("b.txt", "two")), "public");
        Assert.Equal(2, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("not repeated", errors.ToString());
    }
}
