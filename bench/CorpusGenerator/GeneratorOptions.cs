using System.Globalization;

namespace Archive.Bench.Corpus;

/// <summary>The command line: <c>--count N --seed S --out DIR [--hugo DIR] [--markdown-fraction 0.1]</c>.</summary>
public sealed record GeneratorOptions(int Count, int Seed, string Out, string? Hugo, double MarkdownFraction)
{
    public const string Usage =
        "usage: CorpusGenerator --count N --seed S --out DIR [--hugo DIR] [--markdown-fraction 0.1]";

    public static GeneratorOptions? Parse(string[] args, out string? error)
    {
        int? count = null, seed = null;
        string? output = null, hugo = null;
        var fraction = 0.1;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null) { error = $"{args[i]} needs a value"; return null; }
            switch (args[i])
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: count = n; break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--out": output = value; break;
                case "--hugo": hugo = value; break;
                case "--markdown-fraction" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f is >= 0 and <= 1:
                    fraction = f; break;
                default: error = $"unexpected or invalid argument '{args[i]} {value}'"; return null;
            }
            i++;
        }
        if (count is null || seed is null || output is null)
        {
            error = "--count, --seed and --out are required";
            return null;
        }
        return new GeneratorOptions(count.Value, seed.Value, output, hugo, fraction);
    }
}
