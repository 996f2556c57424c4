using CsCheck;

namespace Archive.Tests.Fuzzing;

/// <summary>Generators: real wire copy cut into lines, hostile fragments, path syntax, and raw noise.</summary>
public static class FuzzInputs
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</script>", "]]>", "javascript:alert(1)", "JaVa\tScRiPt:alert(1)",
        "[x](javascript:alert(1))", "![x](javascript:alert(1))", "<javascript:alert(1)>", "<a href=\"javascript:alert(1)\">a</a>",
        "<svg onload=alert(1)>", "<iframe src=x>", "&#106;avascript:", "{{ 7*7 }}", "{% raw %}", "<!--", "-->", "<![CDATA[", "\u2028",
        "\u202E", "\u200B", "\uFEFF", "\0", "&amp;", "&", "'", "\"", "`",
    ];

    public static readonly string[] PathBits =
        ["..", ".", "/", "\\", "%2e", "%2f", "%252e", "C:", "c:", "CON", "nul", "lpt1", "~", " ", "a", "b", "é", "新", "\u0301", ":", "?", "*", "|", "\uFFFE", "\uD800", "\uDC00", "\u0000", "\u200B"];

    public static readonly string[] YamlBits =
    [
        "title: ", "date: ", "slug: ", "url: ", "topics: ", "tags: ", "authors: ", "place: ", "summary: ", "draft: ", "source: ", "updated: ",
        "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!!str ", "- ", "? ", ": ", "|", ">", "'", "\"", "#", "---", "...", "yes", "5", "2024-06-02",
        "9999-12-31T23:59:59+14:00", "0001-01-01", "\n", "\n  ", "\t", "\\u0041", "\\uD800",
    ];

    private static readonly Lazy<string[]> FixtureLines = new(() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "readers"))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Distinct(StringComparer.Ordinal)
            .ToArray());

    /// <summary>Any chars at all, lone surrogates and controls included.</summary>
    public static readonly Gen<string> Noise = Gen.String[Gen.Char, 0, 30];

    public static Gen<string> From(string[] bits, int max) => Gen.OneOf(bits).Array[0, max].Select(parts => string.Concat(parts));

    /// <summary>Article-like text: fixture lines, payloads and noise, with mixed line ends.</summary>
    public static Gen<string> Article { get; } = Gen.Select(
        Gen.Frequency((8, (IGen<string>)Gen.Int[0, int.MaxValue].Select(i => FixtureLines.Value[i % FixtureLines.Value.Length])),
            (2, Gen.OneOf(Payloads)), (1, Noise), (1, Gen.Const(""))).Array[0, 40],
        Gen.OneOf("\n", "\r\n", "\r"),
        (lines, end) => string.Join(end, lines));

    /// <summary>Front matter blocks built from YAML syntax, keys and payloads.</summary>
    public static Gen<string> FrontMatterYaml { get; } =
        Gen.Frequency((4, (IGen<string>)Gen.OneOf(YamlBits)), (2, Gen.OneOf(Payloads)), (1, Gen.OneOf(PathBits)), (1, Noise))
            .Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>Text meant to become slugs, URLs or paths.</summary>
    public static Gen<string> PathLike { get; } = Gen.Frequency((3, From(PathBits, 12)), (1, Noise), (1, Gen.OneOf(Payloads)));
}
