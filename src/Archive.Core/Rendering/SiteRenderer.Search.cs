using System.Globalization;
using Archive.Output;
using Archive.Search;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    private Task<SearchIndex>? searchIndex;

    /// <summary>
    /// The search index of the site in the output folder, when known (a serve session): the new one is updated from it, and
    /// its files that the update leaves byte-identical are kept as they are, never produced.
    /// </summary>
    public SearchIndex? PreviousSearchIndex { get; set; }

    /// <summary>The index this renderer built (or updated); null before <see cref="Prepare"/>.</summary>
    public SearchIndex? SearchIndex => searchIndex?.GetAwaiter().GetResult();

    /// <summary>Builds the index in the background while the pages render; its files are the last jobs.</summary>
    /// <remarks>On a thread of its own, not the pool's, which the pages' parallel loops keep busy.</remarks>
    private void StartSearchIndex() => searchIndex ??= Task.Factory.StartNew(
        () => PreviousSearchIndex is { } previous ? Search.SearchIndex.Update(previous, site) : Search.SearchIndex.Build(site),
        CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The static index the search page's script queries: listed once it is built.</summary>
    public IEnumerable<RenderJob> SearchIndexJobs()
    {
        StartSearchIndex();
        foreach (var file in (searchIndex ?? throw new InvalidOperationException("search index not started")).GetAwaiter().GetResult().Files())
        {
            if (!file.Unchanged)
            {
                yield return FileJob(file.Url, file.Content);
                continue;
            }
            var path = Urls.OutputPath(file.Url);
            yield return Kept(path) ? RenderJob.AlreadyPlaced(file.Url) : new RenderJob(file.Url, () => ByContent(path, file.Content()));
        }
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
