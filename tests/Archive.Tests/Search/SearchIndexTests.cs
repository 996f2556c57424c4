using System.Text.Json;
using Archive.Search;
using Archive.Site;

namespace Archive.Tests.Search;

public class SearchIndexTests
{
    private static readonly DateTimeOffset Day = new(2024, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static (SearchIndex Index, SearchQueryPort Query) Build(IEnumerable<ArticleEntry> entries)
    {
        var index = SearchIndex.Build(SyntheticArchive.Site(entries));
        return (index, SearchQueryPort.From(index));
    }

    private static List<ArticleEntry> Sample(SearchVocabulary vocabulary) =>
    [
        SyntheticArchive.Entry(vocabulary, 1, Day, "Harvest ends early", "Farmers finished the wheat harvest.", "Rain stayed away from the wheat fields.", ["Economy"], "Xinhua"),
        SyntheticArchive.Entry(vocabulary, 2, Day.AddDays(1), "Wheat prices rise", "Traders expect higher prices.", "Port storage filled up.", ["Economy", "Trade"], "Reuters"),
        SyntheticArchive.Entry(vocabulary, 3, Day.AddDays(2), "Rail line opens", "A new line links two cities.", "Officials said wheat trains will run weekly.", ["Trade"], "AP"),
        SyntheticArchive.Entry(vocabulary, 4, Day.AddYears(1), "Storm damages port", "The storm hit the port at night.", "Wheat storage was flooded, and traders wait.", ["Disaster"], "Xinhua"),
    ];

    private static IEnumerable<string> Titles(SearchQueryPort.Result result) => result.Shown.Select(d => SearchQueryPort.Text(d, "t"));

    [Fact]
    public void Title_matches_rank_above_lede_matches_above_body_matches_then_newer_first()
    {
        var (_, query) = Build(Sample(new SearchVocabulary()));
        Assert.Equal(["Wheat prices rise", "Harvest ends early", "Storm damages port", "Rail line opens"], Titles(query.Run("wheat")));
    }

    [Fact]
    public void All_words_must_match_and_a_quoted_phrase_asks_for_all_its_words()
    {
        var (_, query) = Build(Sample(new SearchVocabulary()));
        Assert.Equal(["Wheat prices rise", "Storm damages port"], Titles(query.Run("wheat storage")));
        Assert.Equal(["Storm damages port", "Wheat prices rise"], Titles(query.Run("\"storage WHEAT\" port")));
        Assert.Empty(query.Run("wheat volcano").Ids);
    }

    [Fact]
    public void Topic_and_year_filter_the_matches()
    {
        var (_, query) = Build(Sample(new SearchVocabulary()));
        Assert.Equal(["Wheat prices rise", "Rail line opens"], Titles(query.Run("wheat", topic: "trade")));
        Assert.Equal(["Storm damages port"], Titles(query.Run("wheat", year: 2025)));
        Assert.Equal(["Rail line opens", "Wheat prices rise"], Titles(query.Run("", topic: "trade")));
    }

    [Fact]
    public void Results_carry_title_url_date_source_and_lede()
    {
        var (_, query) = Build(Sample(new SearchVocabulary()));
        var document = Assert.Single(query.Run("flooded").Shown);
        Assert.Equal("Storm damages port", SearchQueryPort.Text(document, "t"));
        Assert.Equal("2025/05/01/storm-damages-port-4/", SearchQueryPort.Text(document, "u"));
        Assert.Equal("May 1, 2025", SearchQueryPort.Text(document, "d"));
        Assert.Equal("Xinhua", SearchQueryPort.Text(document, "s"));
        Assert.Equal("The storm hit the port at night.", SearchQueryPort.Text(document, "l"));
    }

    [Fact]
    public void Any_title_gives_valid_json_that_reads_back_the_same()
    {
        var vocabulary = new SearchVocabulary();
        const string hostile = "Quote \" backslash \\ </script><b>&amp; \u2028 tab\t nul\0 lone \ud800 emoji \ud83d\ude00 朝鲜";
        var (index, query) = Build([SyntheticArchive.Entry(vocabulary, 1, Day, hostile, hostile, "body words here", ["Sport \"x\""], slug: "hostile")]);
        foreach (var file in index.Files()) JsonDocument.Parse(file.Content()).Dispose();
        var document = Assert.Single(query.Run("emoji").Shown);
        Assert.Equal(hostile.Replace("\ud800", "\ufffd"), SearchQueryPort.Text(document, "t"));
    }

    [Fact]
    public void Output_does_not_depend_on_read_order_or_vocabulary_ids()
    {
        var forward = Files(Sample(new SearchVocabulary()));
        var reversed = Files(Sample(new SearchVocabulary()).AsEnumerable().Reverse().Select(e => e).ToList());
        var vocabulary = new SearchVocabulary();
        vocabulary.Intern("zzz-first");
        vocabulary.Collect("storm rail opens", "", []);
        var shifted = Files(Sample(vocabulary));
        Assert.Equal(forward, reversed);
        Assert.Equal(forward, shifted);
    }

    [Fact]
    public void Adding_the_newest_article_rewrites_only_its_terms_shards_the_newest_chunk_and_the_manifest()
    {
        var vocabulary = new SearchVocabulary();
        var entries = SyntheticArchive.Generate(3_000, seed: 5, vocabulary);
        var before = Files(entries);
        var newest = SyntheticArchive.Entry(vocabulary, 99_999, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "Quokka census", "Rangers counted quokkas.", "Island rangers counted quokka families.", ["Environment"], "AP");
        var after = Files([.. entries, newest]);

        var changed = after.Where(p => !before.TryGetValue(p.Key, out var old) || old != p.Value).Select(p => p.Key).ToHashSet();
        var bits = SearchIndex.ShardBitsFor(entries.Count + 1);
        Assert.Equal(SearchIndex.ShardBitsFor(entries.Count), bits);
        var termFiles = newest.SearchTerms!.ToList().SelectMany(t => new[]
        {
            $"/search/s/{SearchIndex.ShardName(SearchIndex.Shard(t.Term, bits), bits)}.json",
            $"/search/t/{SearchIndex.TermFileName(t.Term)}.json",
        });
        var allowed = termFiles.Concat(["/search/meta.json", "/search/topic/environment.json", $"/search/d/{newest.LocalDate.Year}-0.json"]).ToHashSet();
        Assert.Subset(allowed, changed);
        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.True(changed.Count < 40, $"{changed.Count} files changed");
    }

    private static Dictionary<string, string> Files(List<ArticleEntry> entries) =>
        SearchIndex.Build(SyntheticArchive.Site(entries)).Files().ToDictionary(f => f.Url, f => Convert.ToBase64String(f.Content()));
}
