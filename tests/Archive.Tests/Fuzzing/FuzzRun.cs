using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace Archive.Tests.Fuzzing;

/// <summary>What a property found: an escape (output that could run script or leave a folder) or a mismatch (a wrong answer).</summary>
public enum Verdict { Ok, Escape, Mismatch }

/// <summary>
/// Runs one fuzz property and counts cases tried, crashes (exceptions), escapes and mismatches. Iterations default to a few
/// seconds' worth per property; <c>ARCHIVE_FUZZ_ITERATIONS</c> raises them, and <c>ARCHIVE_FUZZ_REPORT</c> names a file the
/// counts are appended to (scripts/fuzz.sh sets both).
/// </summary>
public sealed class FuzzRun(string name, ITestOutputHelper output)
{
    private long tried;
    private long crashes;
    private long escapes;
    private long mismatches;

    public static long Iterations(long quick) =>
        long.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : quick;

    /// <summary>Samples <paramref name="gen"/>; fails (with CsCheck's shrunk example) on any crash, escape or mismatch.</summary>
    public void Check<T>(Gen<T> gen, Func<T, Verdict> property, long quickIterations, Func<T, string>? print = null)
    {
        try
        {
            gen.Sample(value =>
            {
                Interlocked.Increment(ref tried);
                Verdict verdict;
                try
                {
                    verdict = property(value);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref crashes);
                    throw;
                }
                if (verdict == Verdict.Escape) Interlocked.Increment(ref escapes);
                if (verdict == Verdict.Mismatch) Interlocked.Increment(ref mismatches);
                if (verdict != Verdict.Ok) throw new InvalidOperationException($"{name}: {verdict}");
            }, iter: Iterations(quickIterations), print: print ?? (value => System.Text.Json.JsonSerializer.Serialize(value)));
        }
        finally
        {
            Report();
        }
    }

    private void Report()
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name}\ttried={Interlocked.Read(ref tried)}\tcrashes={Interlocked.Read(ref crashes)}\tescapes={Interlocked.Read(ref escapes)}\tmismatches={Interlocked.Read(ref mismatches)}");
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("ARCHIVE_FUZZ_REPORT") is { Length: > 0 } report)
            lock (typeof(FuzzRun)) File.AppendAllText(report, line + "\n");
    }
}
