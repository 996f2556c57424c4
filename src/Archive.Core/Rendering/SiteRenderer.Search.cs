using System.Globalization;
using Archive.Output;
using Archive.Search;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    private Task<SearchIndex>? searchIndex;

    /// <summary>Builds the index in the background while the pages render; its files are the last jobs.</summary>
    private void StartSearchIndex() => searchIndex ??= Task.Run(() => SearchIndex.Build(site));

    /// <summary>The static index the search page's script queries: listed once it is built.</summary>
    public IEnumerable<RenderJob> SearchIndexJobs()
    {
        StartSearchIndex();
        foreach (var file in (searchIndex ?? throw new InvalidOperationException("search index not started")).GetAwaiter().GetResult().Files())
            yield return FileJob(file.Url, file.Content);
    }

    private RenderedPage SearchPage(ViewBuilder view) => Render(view, "search.html",
        view.Page("Search", "search", $"Search the {Number(site.Articles.Count)} articles of {site.Config.Title} by words, topic and year."),
        ("index_url", view.Link(Urls.SearchFile(""))),
        ("root_url", view.Link(Urls.Home)),
        ("script_url", view.Link(Urls.SearchScript)),
        ("archive_url", view.Link(Urls.Archive)),
        ("topics_url", view.Link(Urls.TermIndex(TermKind.Topic))),
        ("topics", site.Terms[TermKind.Topic].Select(t => new { t.Name, t.Slug }).ToList()),
        ("years", site.Years.AsEnumerable().Reverse().Select(y => y.Year.ToString(CultureInfo.InvariantCulture)).ToList()));
}
