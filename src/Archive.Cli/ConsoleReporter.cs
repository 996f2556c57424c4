using System.Diagnostics;
using System.Globalization;
using Archive.Model;

namespace Archive.Cli;

/// <summary>How much the console says.</summary>
public enum Verbosity { Quiet, Normal, Verbose }

/// <summary>
/// Prints diagnostics to stderr (editor-clickable <c>path(line,col): severity: message</c>), the build summary to stdout, and
/// progress on stderr: a live line on a terminal once a build has run for a second, plain phase lines otherwise (verbose only).
/// </summary>
public sealed class ConsoleReporter(TextWriter output, TextWriter errors, Verbosity verbosity, bool errorsIsTerminal, bool color)
{
    private readonly TextWriter errors = errors;
    private readonly Verbosity verbosity = verbosity;
    private readonly bool errorsIsTerminal = errorsIsTerminal;

    public static ConsoleReporter ForConsole(Verbosity verbosity)
    {
        var terminal = !Console.IsErrorRedirected;
        var color = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new ConsoleReporter(Console.Out, Console.Error, verbosity, terminal, color);
    }

    public Verbosity Verbosity => verbosity;

    /// <summary>The progress sink for a build; null when quiet.</summary>
    public IProgress<BuildProgress>? Progress() => verbosity == Verbosity.Quiet ? null : new ProgressLine(this);

    /// <summary>Prints a build's diagnostics and summary; returns the warnings it had, as printed.</summary>
    /// <param name="warningsShown">The warnings of the last build of a serve session, which it printed: those are not
    /// repeated on every rebuild (at 100,000 articles a corpus may carry thousands). Errors are always printed.</param>
    public IReadOnlySet<string> Report(BuildResult result, string outputDir, IReadOnlySet<string>? warningsShown = null)
    {
        ClearProgress();
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        var repeated = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = diagnostic.ToString();
            if (diagnostic.Severity == Severity.Warning && warnings.Add(text) && warningsShown?.Contains(text) == true)
            {
                repeated++;
                continue;
            }
            if (verbosity != Verbosity.Quiet || diagnostic.Severity == Severity.Error) errors.WriteLine(Format(diagnostic));
        }
        if (repeated > 0 && verbosity != Verbosity.Quiet)
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"archive: {repeated} warnings as in the last build, not repeated"));
        var stats = result.Stats;
        if (verbosity != Verbosity.Quiet)
        {
            var seconds = stats.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var site = stats.SiteWritten
                ? $"{stats.PagesWritten + stats.PagesUnchanged} files ({stats.PagesWritten} written, {stats.PagesUnchanged} unchanged) in {outputDir}"
                : "nothing written";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stats.FilesRead} files read, {stats.ArticlesPublished} articles published, {site}; {result.Warnings} warnings, {result.Errors} errors; {seconds} s"));
            if (verbosity == Verbosity.Verbose)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cache: {stats.FilesParsed} of {stats.FilesRead} files parsed, {stats.PagesSkipped} pages not re-rendered"));
            if (verbosity == Verbosity.Verbose)
                foreach (var phase in stats.Phases)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {phase.Wall.TotalSeconds,7:0.000} s wall {phase.Cpu.TotalSeconds,7:0.000} s CPU  {phase.Phase}"));
            if (verbosity == Verbosity.Verbose)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"gc: {stats.Gc.Gen0} gen0, {stats.Gc.Gen1} gen1, {stats.Gc.Gen2} gen2 collections; paused {stats.Gc.Paused.TotalSeconds:0.000} s; {stats.Gc.Allocated / 1048576.0:0} MB allocated"));
        }
        if (result.Strict && result.Warnings > 0 && result.Errors == 0)
            errors.WriteLine("archive: build failed: --strict treats warnings as errors");
        return warnings;
    }

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) errors.WriteLine(Format(diagnostic));
    }

    public void Info(string line)
    {
        if (verbosity != Verbosity.Quiet) output.WriteLine(line);
    }

    /// <summary>A line for <c>--verbose</c> only.</summary>
    public void Detail(string line)
    {
        if (verbosity == Verbosity.Verbose) output.WriteLine(line);
    }

    private string Format(Diagnostic diagnostic)
    {
        if (!color) return diagnostic.ToString();
        var paint = diagnostic.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
        return $"{diagnostic.Location}: {paint}{diagnostic.SeverityName}\u001b[0m: {diagnostic.Message}";
    }

    private readonly Lock gate = new();
    private bool progressShown;

    private void ClearProgress()
    {
        lock (gate)
        {
            if (!progressShown) return;
            errors.Write("\r\u001b[2K");
            progressShown = false;
        }
    }

    /// <summary>Rate-limited: a terminal line redrawn at most ten times a second, after the first second.</summary>
    private sealed class ProgressLine(ConsoleReporter reporter) : IProgress<BuildProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private string? phase;
        private TimeSpan lastDrawn;
        private TimeSpan phaseStarted;

        public void Report(BuildProgress value)
        {
            lock (reporter.gate)
            {
                var now = clock.Elapsed;
                if (value.Phase != phase)
                {
                    phase = value.Phase;
                    phaseStarted = now;
                    if (!reporter.errorsIsTerminal && reporter.verbosity == Verbosity.Verbose)
                        reporter.errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"archive: {value.Phase} ({value.Total} items)"));
                }
                if (!reporter.errorsIsTerminal || now < TimeSpan.FromSeconds(1) || now - lastDrawn < TimeSpan.FromMilliseconds(100)) return;
                lastDrawn = now;
                var seconds = Math.Max(0.001, (now - phaseStarted).TotalSeconds);
                reporter.errors.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r\u001b[2K{value.Phase}: {value.Done}/{value.Total} ({value.Done / seconds:0}/s)"));
                reporter.progressShown = true;
            }
        }
    }
}
