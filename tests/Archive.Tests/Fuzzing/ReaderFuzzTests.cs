using AngleSharp.Html.Parser;
using Archive.Model;
using Archive.Output;
using Archive.Reading;
using Archive.Site;
using Archive.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Archive.Tests.Fuzzing;

/// <summary>Readers and front matter over generated copy: never throw, always answer, never emit script in a body.</summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>An escape is body HTML that could run script: a script or foreign element, a handler, a script URL.</summary>
    internal static bool HtmlCanRunScript(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "iframe" or "svg" or "object" or "embed" or "style" or "math" or "frame") return true;
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return true;
                if (attribute.Name is "href" or "src" && !MarkdownSafety.IsSafe(attribute.Value)) return true;
            }
        }
        return false;
    }

    private static Verdict ReadAs(IArticleReader reader, string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(path, text) { DisplayPath = "content/" + path };
        var article = reader.Read(file, SiteConfig.Default, diagnostics);
        var sorted = diagnostics.Sorted();
        if (sorted.Any(d => d.Location.Path != file.DisplayPath || d.Location.Line < 1)) return Verdict.Mismatch;
        if (article is null) return sorted.Any(d => d.Severity == Severity.Error) ? Verdict.Ok : Verdict.Mismatch;
        if (HtmlCanRunScript(article.BodyHtml)) return Verdict.Escape;
        var entry = ArticleEntries.From(article, SiteConfig.Default, diagnostics, file.DisplayPath);
        if (entry is not null && OutputPaths.Problem(Urls.OutputPath(entry.Url)) is not null) return Verdict.Escape;
        return Verdict.Ok;
    }

    [Fact]
    public void Plain_text_reader() =>
        new FuzzRun("plain-text reader", output).Check(FuzzInputs.Article, text => ReadAs(new PlainTextReader(), "2024/06/a.txt", text), 1500);

    [Fact]
    public void Markdown_reader() =>
        new FuzzRun("Markdown reader", output).Check(
            Gen.Select(FuzzInputs.FrontMatterYaml, FuzzInputs.Article, (yaml, body) => $"---\ntitle: T\ndate: 2024-06-02\n{yaml}\n---\n{body}"),
            text => ReadAs(new MarkdownReader(), "2024/06/a.md", text), 1500);

    [Fact]
    public void Markdown_bodies_with_payloads() =>
        new FuzzRun("Markdown payload bodies", output).Check(
            FuzzInputs.From(FuzzInputs.Payloads, 12).Select(body => $"---\ntitle: T\ndate: 2024-06-02\n---\n{body}\n\n{body}"),
            text => ReadAs(new MarkdownReader(), "2024/06/p.md", text), 3000);

    [Fact]
    public void Front_matter() =>
        new FuzzRun("front matter", output).Check(FuzzInputs.FrontMatterYaml, yaml =>
        {
            var diagnostics = new DiagnosticBag();
            var front = FrontMatter.Parse(yaml, new SourceFile("a.md", "---\n" + yaml + "\n---\n"), SiteConfig.Default, diagnostics);
            if (front.Slug is { } slug && OutputPaths.Problem(Urls.OutputPath(Urls.Article(new DateOnly(2024, 6, 2), Slugs.From(slug)))) is not null)
                return Verdict.Escape;
            return front.Topics?.Any(t => OutputPaths.Problem(Urls.OutputPath(Urls.Term(TermKind.Topic, Slugs.From(t, "term")))) is not null) == true
                ? Verdict.Escape : Verdict.Ok;
        }, 4000);
}
