using Archive.Search;
using Archive.Site;
using static Archive.Tests.Search.SearchIndexUpdateTests;

namespace Archive.Tests.Search;

/// <summary>An update that shifts document ids (an article inserted in the past, or removed) builds, but produces only the
/// files that changed: the document chunks of other years, and of the same year before the change, are kept.</summary>
public class SearchIndexShiftTests
{
    /// <summary>Sixty articles twenty days apart: from March 2023 to mid-2026, four years.</summary>
    private static (SearchVocabulary Vocabulary, List<ArticleEntry> Entries) Sample()
    {
        var random = new Random(21);
        var vocabulary = new SearchVocabulary();
        var entries = Enumerable.Range(0, 60).Select(n => Article(vocabulary, random, n, Start.AddDays(n * 20), FirstTopics)).ToList();
        return (vocabulary, entries);
    }

    private static List<IndexFile> Update(List<ArticleEntry> before, List<ArticleEntry> after)
    {
        var previous = SearchIndex.Build(SyntheticArchive.Site(before));
        var previousFiles = Produce(previous);
        var site = SyntheticArchive.Site(after);
        var files = AssertUpdateEqualsBuild(previous, previousFiles, SearchIndex.Update(previous, site), site);
        AssertUnchangedIsExact(previousFiles, files);
        return files;
    }

    /// <summary>The chunk files of <paramref name="year"/> from the one holding its article of rank <paramref name="rank"/>
    /// (oldest first) to its last, in a year of <paramref name="count"/> articles.</summary>
    private static IEnumerable<string> ChunksFrom(int year, int rank, int count) =>
        Enumerable.Range(rank / SearchIndex.ChunkSize, (count + SearchIndex.ChunkSize - 1) / SearchIndex.ChunkSize - rank / SearchIndex.ChunkSize)
            .Select(chunk => $"/search/d/{year}-{chunk}.json");

    private static List<string> ChangedChunks(List<IndexFile> files) =>
        [.. files.Where(f => !f.Unchanged && f.Url.StartsWith("/search/d/", StringComparison.Ordinal)).Select(f => f.Url).Order(StringComparer.Ordinal)];

    private static List<ArticleEntry> OfYear(IEnumerable<ArticleEntry> entries, int year) =>
        [.. entries.Where(e => e.LocalDate.Year == year).OrderBy(e => e.Published.UtcDateTime).ThenBy(e => e.Url, StringComparer.Ordinal)];

    [Fact]
    public void A_back_dated_article_rewrites_only_its_own_year_s_chunks_from_its_rank_on()
    {
        var (vocabulary, entries) = Sample();
        var backDated = Article(vocabulary, new Random(3), 999, new DateTimeOffset(2024, 8, 1, 9, 30, 0, TimeSpan.FromHours(8)), ["Volcanoes"]);
        List<ArticleEntry> after = [.. entries, backDated];
        var files = Update(entries, after);

        var year = OfYear(after, 2024);
        Assert.Equal(ChunksFrom(2024, year.IndexOf(backDated), year.Count).Order(StringComparer.Ordinal), ChangedChunks(files));
        Assert.Contains(files, f => f.Unchanged && f.Url == "/search/d/2024-0.json");
        Assert.Contains(files, f => f.Unchanged && f.Url.StartsWith("/search/d/2025-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_article_rewrites_only_its_own_year_s_chunks_from_its_rank_on()
    {
        var (_, entries) = Sample();
        foreach (var removed in new[] { entries[30], entries[^1], entries[0] })
        {
            List<ArticleEntry> after = [.. entries.Where(e => e != removed)];
            var files = Update(entries, after);
            var year = removed.LocalDate.Year;
            var expected = ChunksFrom(year, OfYear(entries, year).IndexOf(removed), OfYear(after, year).Count);
            Assert.Equal(expected.Order(StringComparer.Ordinal), ChangedChunks(files));
        }
    }

    [Fact]
    public void A_shift_with_an_edit_keeps_the_edited_article_s_chunk_when_its_result_text_is_the_same()
    {
        var (vocabulary, entries) = Sample();
        List<ArticleEntry> after = [.. entries.Where((_, i) => i != 50)];
        // Read again with another body: the same in results, but a new entry.
        after[3] = after[3] with { SearchTerms = vocabulary.Collect(after[3].Title, after[3].Summary, ["another body"]) };
        var files = Update(entries, after);
        Assert.Contains(files, f => f.Unchanged && f.Url == "/search/d/2023-0.json");
    }

    /// <summary>Ids alone do not make a file: a term that moves from body to title in one article (rare "wombat", in its
    /// shard; common "alpha", in its own file) changes those files even when no id moves.</summary>
    [Fact]
    public void A_shift_rewrites_the_files_of_a_term_that_only_changed_field()
    {
        var random = new Random(22);
        var vocabulary = new SearchVocabulary();
        var entries = Enumerable.Range(0, SearchIndex.OwnFileThreshold + 10)
            .Select(n => Article(vocabulary, random, n, Start.AddDays(n * 5), FirstTopics)).ToList();
        entries[40] = SyntheticArchive.Entry(vocabulary, 40, entries[40].Published, "Alpha census", "Rangers counted.", "A wombat family.");
        // The newest has no terms: removing it shifts no id and touches no term's postings.
        var newest = SyntheticArchive.Entry(vocabulary, 9_999, Start.AddYears(5), "Newest", "", "") with { SearchTerms = null };
        List<ArticleEntry> before = [.. entries, newest];
        var after = entries.ToList();
        after[40] = after[40] with { Title = "Alpha census wombat", SearchTerms = vocabulary.Collect("Alpha census wombat", "Rangers counted.", ["A wombat family."]) };
        after[41] = after[41] with { Title = "Beta", SearchTerms = vocabulary.Collect("Beta", after[41].Summary, ["alpha"]) };

        var files = Update(before, after);
        var bits = SearchIndex.ShardBitsFor(after.Count);
        Assert.Contains(files, f => !f.Unchanged && f.Url == $"/search/s/{SearchIndex.ShardName(SearchIndex.Shard("wombat", bits), bits)}.json");
        Assert.Contains(files, f => !f.Unchanged && f.Url == $"/search/t/{SearchIndex.TermFileName("alpha")}.json");
        Assert.Contains(files, f => f.Unchanged && f.Url.StartsWith("/search/s/", StringComparison.Ordinal));
    }
}
