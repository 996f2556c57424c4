using Archive.Feeds;
using Archive.Model;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    private RenderedPage ArticlePage(ViewBuilder view, int index)
    {
        var entry = site.Articles[index];
        var fingerprint = ArticleFingerprint(index);
        if (Reusable(Urls.OutputPath(view.PageUrl), fingerprint)) return RenderedPage.FromCurrentSite;
        var date = entry.LocalDate;
        var model = new ArticleView
        {
            Title = entry.Title,
            Source = entry.Terms.Source,
            SourceUrl = entry.Terms.Source is { } source ? view.TermLink(TermKind.Source, source).Url : null,
            Authors = entry.Authors,
            Published = DateFormats.Published(entry.Published),
            PublishedIso = DateFormats.Iso(entry.Published),
            Updated = entry.Updated is { } updated ? DateFormats.Published(updated) : null,
            UpdatedIso = entry.Updated is { } updatedIso ? DateFormats.Iso(updatedIso) : null,
            Dateline = DatelineText(entry.Dateline),
            Place = entry.Terms.Place,
            PlaceUrl = entry.Terms.Place is { } place ? view.TermLink(TermKind.Place, place).Url : null,
            Body = new RawHtml(""), // read below, once the page is known to need rendering
            WordCount = entry.WordCount,
            Topics = entry.Terms.Topics.Select(t => view.TermLink(TermKind.Topic, t)).ToList(),
            Countries = entry.Terms.Countries.Select(c => view.TermLink(TermKind.Country, c)).ToList(),
            DayLink = new(DateFormats.Day(date), view.Link(Urls.Day(date))),
            MonthLink = new(DateFormats.Month(date.Year, date.Month), view.Link(Urls.Month(date.Year, date.Month))),
            YearLink = new(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Link(Urls.Year(date.Year))),
            OnThisDayLink = new($"On this day: {DateFormats.MonthName(date.Month)} {date.Day}", view.Link(Urls.OnThisDay(date.Month, date.Day))),
            Older = site.Older(index) is { } older ? view.Item(older) : null,
            Newer = site.Newer(index) is { } newer ? view.Item(newer) : null,
            Related = site.Related[index].Select(i => view.Item(site.Articles[i])).ToList(),
        };
        var description = entry.Summary.Length > 0 ? Description(entry.Summary) : entry.Title;
        var page = view.Page(entry.Title, "article", description,
            view.DateCrumbs(date.Year, date.Month, date.Day),
            head: ArticleMetadata.JsonLd(site.Config, entry, entry.Dateline?.Text.Trim().TrimEnd(DatelineSeparators).TrimEnd()),
            meta: ArticleMetadata.OpenGraph(site.Config, entry, description));
        var article = bodies.Load(entry);
        if (article is null)
        {
            diagnostics.Error(new SourceLocation(entry.SourcePath), "the file changed or vanished during the build; its page was not written");
            return new RenderedPage(null, null, Reused: false);
        }
        model = model with { Body = new RawHtml(article.BodyHtml), Captions = article.Captions };
        var html = pages.Render("article.html", siteView, page, new Dictionary<string, object?> { ["article"] = model });
        return new RenderedPage(html, fingerprint, Reused: false);
    }

    /// <summary>
    /// An article page from its inputs rather than its views, so an unchanged page costs a few hashes: everything on it is a
    /// function of the page's URL (the manifest's key), the config and theme (the site key), its entry, the entries it links
    /// (older, newer, related) and, for each term it links, whether that term has a page, its URL and, if shown, its count.
    /// Whatever ArticlePage reads must be named here.
    /// </summary>
    private string? ArticleFingerprint(int index)
    {
        var entry = site.Articles[index];
        if (entry.ContentHash.Length == 0 || Fingerprints is not { } fingerprints) return null;
        var showCounts = ArticlePagesShowTermCounts;
        var terms = new List<string>();
        void Add(TermKind kind, string name, bool count)
        {
            var term = site.FindTerm(kind, name);
            var url = term is { HasPage: true } ? term.Url : "";
            terms.Add($"{kind}\t{name}\t{url}\t{(count && showCounts ? term?.Articles.Count ?? 0 : 0)}");
        }
        foreach (var topic in entry.Terms.Topics) Add(TermKind.Topic, topic, count: true);
        foreach (var country in entry.Terms.Countries) Add(TermKind.Country, country, count: true);
        if (entry.Terms.Source is { } source) Add(TermKind.Source, source, count: false);
        if (entry.Terms.Place is { } place) Add(TermKind.Place, place, count: false);
        return fingerprints.OfArticle("article.html", FingerprintSite, entry, site.Older(index), site.Newer(index),
            site.Related[index].Select(i => site.Articles[i]), terms);
    }

    // Once, not a new array for every article page.
    private static readonly char[] DatelineSeparators = ['-', '—', '–', '_'];

    /// <summary>The dateline as shown above the body: place and date without the agency and separator.</summary>
    private static string? DatelineText(Dateline? dateline)
    {
        if (dateline?.Place is not { } place) return null;
        return dateline.Date is { } date ? $"{place}, {DateFormats.MonthName(date.Month)} {date.Day}" : place;
    }

    /// <summary>A meta description: the lede, cut at a word near 200 characters.</summary>
    private static string Description(string summary)
    {
        if (summary.Length <= 200) return summary;
        var cut = summary.LastIndexOf(' ', 200);
        return summary[..(cut > 100 ? cut : 200)] + "…";
    }
}
