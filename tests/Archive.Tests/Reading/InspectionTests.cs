using System.Text;
using System.Text.Json;
using Archive.Inspection;
using Archive.Model;

namespace Archive.Tests.Reading;

public sealed class InspectionTests
{
    private static readonly string[] Keys =
        ["path", "title", "slug", "source", "authors", "published", "updated", "dateline", "topics", "summary", "paragraphs", "wordCount", "diagnostics"];

    [Fact]
    public void Json_has_exactly_the_documented_keys_in_order()
    {
        var inspection = ArticleInspection.Of("content/2025/07/a.txt", Encoding.UTF8.GetBytes("Title\n\n(Xinhua) 10:20, July 11, 2025\n\nBEIJING, July 10 (Xinhua) -- Body."), SiteConfig.Default);
        using var json = JsonDocument.Parse(InspectionJson.Format([inspection]));
        Assert.Equal(Keys, json.RootElement[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-07-11T10:20:00+08:00", json.RootElement[0].GetProperty("published").GetString());
        Assert.Equal(["place", "date", "text"], json.RootElement[0].GetProperty("dateline").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Unreadable_file_still_gets_an_object_with_an_error()
    {
        var inspection = ArticleInspection.Of("a.txt", [], SiteConfig.Default);
        using var json = JsonDocument.Parse(InspectionJson.Format([inspection]));
        var item = json.RootElement[0];
        Assert.Equal(Keys, item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("title").ValueKind);
        Assert.Equal("error", item.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Topics_are_subjects_then_countries()
    {
        var seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "readers", "001-xinhua-reference-treaty.txt"));
        var inspection = ArticleInspection.Of("a.txt", seed, SiteConfig.Default);
        var terms = Archive.Taxonomy.TermAssigner.Assign(inspection.Article!, SiteConfig.Default);
        Assert.Equal(terms.Topics.Concat(terms.Countries), inspection.Topics);
    }

    [Fact]
    public void Text_report_names_the_file_and_its_fields()
    {
        var inspection = ArticleInspection.Of("content/2025/07/a.txt", Encoding.UTF8.GetBytes("Title\n\n(Xinhua) 10:20, July 11, 2025\n\nBody."), SiteConfig.Default);
        var text = InspectionText.Format([inspection]);
        Assert.Contains("== content/2025/07/a.txt", text);
        Assert.Contains("title: Title", text);
        Assert.Contains("published: 2025-07-11T10:20:00+08:00", text);
    }
}
