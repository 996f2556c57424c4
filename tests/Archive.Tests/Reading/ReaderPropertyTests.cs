using System.Text;
using Archive.Inspection;
using Archive.Model;
using Archive.Reading;
using CsCheck;

namespace Archive.Tests.Reading;

/// <summary>Random and mutated wire copy: the reader never throws, always answers, keeps chrome out and ignores line-end style.</summary>
public sealed class ReaderPropertyTests
{
    private const int Iterations = 400;

    private static readonly string[] ChromeLines =
        ["Share - WeChat", "Adjust font size:", "Print E-mail", "Advertisement", "(Web editor: Zhang Kaiwei, Liang Jun)", "| | | |", "Related Stories", "Enditem"];

    private static readonly string[] Fragments =
    [
        "Chinese embassy marks anniversary of treaty", "SPOTLIGHT", "Global Times", "(Xinhua) 10:20, July 11, 2025", "Xinhua) 10:20, July 11, 2025",
        "By Zhang San (China Daily) 08:32, March 3, 2024", "Source: Xinhua| 2019-02-24 15:38:49|Editor: huaxia", "Updated: 2014-10-09 03:25",
        "PYONGYANG, July 10 (Xinhua) -- The embassy held a reception.", "WASHINGTON (AP) — The Senate voted.", "(AP) -- Police said.",
        "GUIYANG -- Two officials were jailed.", "May 19 this year marked the anniversary.", "-- a list item;", "ECONOMIC TIES",
        "Over 130 diplomats and officials from both sides attended the event.", "The talks focused on flood warnings, fisheries and data.",
        "People attend a reception. (Xinhua/Xie Huanchi)", "---", "title: x", "date: yes", "[", "{{{", "    indented line", "\t", "",
        "Jul 27, 2010 13:13 UTC", "20:13 UTC+8, 2023-01-26", "By Jane Doe, Reuters", "Last Updated: Tuesday, 20 December 2005, 07:55 GMT",
    ];

    private static readonly Gen<string> Noise = Gen.String[Gen.Char, 0, 40];

    private static readonly Gen<string> Line = Gen.Frequency((6, (IGen<string>)Gen.OneOf(Fragments)), (2, Gen.OneOf(ChromeLines)), (1, Noise));

    private static readonly Gen<string> Article = Line.Array[0, 30].Select(lines => string.Join('\n', lines));

    private static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "content/2025/07/a.txt")
    {
        var diagnostics = new DiagnosticBag();
        IArticleReader reader = path.EndsWith(".md", StringComparison.Ordinal) ? new MarkdownReader() : new PlainTextReader();
        var article = reader.Read(new SourceFile(path, text), SiteConfig.Default, diagnostics);
        return (article, diagnostics.Sorted());
    }

    [Fact]
    public void Never_throws_and_always_gives_a_record_or_an_error()
    {
        Article.Sample(text =>
        {
            foreach (var path in new[] { "content/2025/07/a.txt", "notes/a.md" })
            {
                var (article, diagnostics) = Read(text, path);
                Assert.True(article is not null || diagnostics.Any(d => d.Severity == Severity.Error), $"no record and no error for:\n{text}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Mutated_real_copy_never_throws()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "readers", "001-xinhua-reference-treaty.txt"));
        var mutation = Gen.Select(Gen.Int[0, seed.Length], Gen.Int[0, 200], Noise, (at, cut, insert) =>
            seed[..at] + insert + seed[Math.Min(seed.Length, at + cut)..]);
        mutation.Sample(text =>
        {
            var (article, diagnostics) = Read(text);
            Assert.True(article is not null || diagnostics.Any(d => d.Severity == Severity.Error));
        }, iter: Iterations);
    }

    [Fact]
    public void Paragraphs_never_contain_chrome_lines()
    {
        Article.Sample(text =>
        {
            var (article, _) = Read(text);
            foreach (var paragraph in article?.Paragraphs ?? [])
            {
                Assert.False(Chrome.IsChrome(paragraph), $"chrome paragraph '{paragraph}' from:\n{text}");
                Assert.DoesNotContain(ChromeLines.Where(c => c.Length > 8), c => paragraph.Contains(c, StringComparison.Ordinal));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Crlf_cr_and_bom_change_nothing()
    {
        Article.Sample(text =>
        {
            var expected = Inspect(Encoding.UTF8.GetBytes(text));
            Assert.Equal(expected, Inspect(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))));
            Assert.Equal(expected, Inspect(Encoding.UTF8.GetBytes(text.Replace("\n", "\r"))));
            Assert.Equal(expected, Inspect([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
            Assert.Equal(expected, Inspect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]));
        }, iter: Iterations / 2);
    }

    private static string Inspect(byte[] bytes) =>
        InspectionJson.Format([ArticleInspection.Of("content/2025/07/a.txt", bytes, SiteConfig.Default)]);
}
