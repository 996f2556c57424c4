using Archive.Model;
using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class MarkdownReaderTests
{
    private static (Article? Article, DiagnosticBag Diagnostics) Read(string text, SiteConfig? config = null)
    {
        var diagnostics = new DiagnosticBag();
        var article = new MarkdownReader().Read(new SourceFile("content/2024/05/a.md", text), config ?? SiteConfig.Default, diagnostics);
        return (article, diagnostics);
    }

    [Theory]
    [InlineData("*a : 1\nb: &a x\n", 4)]
    [InlineData("b: &a x\nc: *a\n", 5)]
    public void A_yaml_alias_in_front_matter_is_an_error_with_its_place_not_a_crash(string aliasLines, int line)
    {
        // The first input made YamlDotNet recurse until the stack overflowed (an alias as a mapping key, resolved late).
        var (article, diagnostics) = Read($"---\ntitle: T\ndate: 2024-05-01\n{aliasLines}---\n\n# Hello\n\nText.\n");
        var error = Assert.Single(diagnostics.Sorted(), d => d.Message.Contains("alias", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("alias '*a'", error.Message);
        Assert.Equal(line, error.Location.Line);
        Assert.NotNull(article);
    }

    [Fact]
    public void Raw_html_is_escaped_by_default()
    {
        var (article, _) = Read("---\ntitle: T\ndate: 2024-05-01\n---\n\nHello <script>alert(1)</script> <img src=x onerror=alert(1)>\n");
        Assert.NotNull(article);
        Assert.DoesNotContain("<script", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", article.BodyHtml);
    }

    [Fact]
    public void Raw_html_passes_when_the_config_allows_it()
    {
        var (article, _) = Read("---\ntitle: T\ndate: 2024-05-01\n---\n\n<aside>note</aside>\n", SiteConfig.Default with { AllowRawHtml = true });
        Assert.Contains("<aside>note</aside>", article?.BodyHtml);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Script_links_are_neutralised(string markdown)
    {
        var (article, _) = Read($"---\ntitle: T\ndate: 2024-05-01\n---\n\n{markdown}\n");
        Assert.DoesNotContain("script:", article?.BodyHtml ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Wrong_types_are_errors_at_their_line_and_column()
    {
        var (_, diagnostics) = Read("---\ntitle: T\ndate: yes\ntopics: 5\ndraft: maybe\n---\n\nText.\n");
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => (d.Location.Line, d.Location.Column)).ToList();
        Assert.Equal([(3, 7), (4, 9), (5, 8)], errors);
    }

    [Fact]
    public void Front_matter_fields_are_typed()
    {
        var (article, diagnostics) = Read("---\ntitle: T\ndate: 2024-05-01T08:00:00+02:00\nauthor: A B\ntags: [x, y]\ndraft: true\nslug: s\n---\n\nText.\n");
        Assert.NotNull(article);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal(["A B"], article.Authors);
        Assert.Equal(["x", "y"], article.Topics);
        Assert.True(article.Draft);
        Assert.Equal("s", article.Slug);
    }

    [Fact]
    public void Deeply_nested_front_matter_is_refused_not_a_crash()
    {
        var (_, diagnostics) = Read("---\ntitle: " + new string('[', 5000) + "\n---\n\nText.\n");
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("nested too deeply", StringComparison.Ordinal));
    }
}
