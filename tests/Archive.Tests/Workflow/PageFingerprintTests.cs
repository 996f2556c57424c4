using Archive.Caching;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Workflow;

public sealed class PageFingerprintTests
{
    private static readonly SiteView Site = new("Archive", "News", "en", 0);
    private static readonly PageView Page = new()
    {
        Title = "July 11, 2025", Description = "d", Kind = "day", CanonicalUrl = "http://localhost/2025/07/11/",
        HomeUrl = "../../../", StylesheetUrl = "../../../assets/site.css",
    };

    private static ArticleEntry Entry(string summary, string hash = "abc") => new()
    {
        SourcePath = "2025/07/a.txt", Title = "Treaty marked", Slug = "treaty-marked", Url = "/2025/07/11/treaty-marked/",
        Published = new DateTimeOffset(2025, 7, 11, 10, 20, 0, TimeSpan.FromHours(8)), Summary = summary, ContentHash = hash,
    };

    private static string Of(PageFingerprints fingerprints, params ArticleEntry[] entries)
    {
        var view = new ViewBuilder(new SiteModelStub().Model, "/2025/07/11/");
        return fingerprints.Of("list.html", Site, Page, new Dictionary<string, object?> { ["items"] = entries.Select(view.Item).ToList() });
    }

    [Fact]
    public void A_list_page_changes_with_anything_about_its_entries_even_what_the_item_does_not_show()
    {
        var fingerprints = new PageFingerprints("site");
        var page = Of(fingerprints, Entry("Lede one."));

        Assert.Equal(page, Of(fingerprints, Entry("Lede one.")));
        Assert.NotEqual(page, Of(fingerprints, Entry("Lede two.")));
        // The item shows no content hash, yet the page is fingerprinted by the entry behind it (its text changed).
        Assert.NotEqual(page, Of(fingerprints, Entry("Lede one.", hash: "def")));
        Assert.NotEqual(page, Of(new PageFingerprints("another site"), Entry("Lede one.")));
    }

    [Fact]
    public void An_entry_key_ignores_search_terms_but_not_the_text_hash()
    {
        var fingerprints = new PageFingerprints("site");
        var entry = Entry("Lede.");
        var withTerms = entry with { SearchTerms = new Archive.Search.SearchVocabulary().Collect("Treaty", "Lede", ["Body words"]) };

        Assert.Equal(fingerprints.KeyOf(entry), fingerprints.KeyOf(withTerms));
        Assert.NotEqual(fingerprints.KeyOf(entry), fingerprints.KeyOf(entry with { ContentHash = "other" }));
    }

    [Fact]
    public void Entry_keys_remembered_across_builds_are_used_only_with_the_same_site_key()
    {
        var entry = Entry("Lede.");
        var first = new PageFingerprints("config one").KeyOf(entry);
        var other = new PageFingerprints("config two").KeyOf(entry);

        Assert.NotEqual(first, other);
        Assert.Equal(first, new PageFingerprints("config one").KeyOf(entry));
        Assert.Equal(other, new PageFingerprints("config two").KeyOf(entry));
    }

    /// <summary>An empty site: list items need one only for their links.</summary>
    private sealed class SiteModelStub
    {
        public SiteModel Model { get; } = SiteModel.Build(Archive.Configuration.ConfigLoader.Defaults(), [], new Archive.Model.DiagnosticBag());
    }
}
