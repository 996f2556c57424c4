using System.Globalization;
using Archive.Model;

namespace Archive.Cli;

/// <summary>Prints diagnostics to stderr (editor-clickable) and the build summary to stdout.</summary>
public sealed class ConsoleReporter(TextWriter output, TextWriter errors)
{
    public void Report(BuildResult result, string outputDir)
    {
        foreach (var diagnostic in result.Diagnostics) errors.WriteLine(diagnostic.ToString());
        var stats = result.Stats;
        var seconds = stats.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var site = stats.SiteWritten
            ? $"{stats.PagesWritten + stats.PagesUnchanged} files ({stats.PagesWritten} written, {stats.PagesUnchanged} unchanged) in {outputDir}"
            : "nothing written";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stats.FilesRead} files read, {stats.ArticlesPublished} articles published, {site}; {result.Warnings} warnings, {result.Errors} errors; {seconds} s"));
        if (result.Strict && result.Warnings > 0 && result.Errors == 0)
            errors.WriteLine("archive: build failed: --strict treats warnings as errors");
    }
}
