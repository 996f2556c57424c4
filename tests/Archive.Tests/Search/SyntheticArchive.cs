using Archive.Model;
using Archive.Search;
using Archive.Site;
using Archive.Text;

namespace Archive.Tests.Search;

/// <summary>Articles made in memory for the search tests: deterministic from a seed, with a Zipf-like vocabulary.</summary>
internal static class SyntheticArchive
{
    private static readonly string[] Syllables =
        ["ba", "ko", "ri", "tan", "mel", "su", "dor", "vi", "la", "pen", "gro", "shi", "mu", "ter", "ca", "no", "zel", "fa", "un", "ost"];
    private static readonly string[] Topics = ["Diplomacy", "Economy", "Trade", "Sport", "Health", "Science", "Environment", "Culture", "Disaster", "Conflict"];
    private static readonly string[] Sources = ["Xinhua", "China Daily", "Reuters", "AP", "KCNA", "Global Times", "Yonhap"];

    /// <summary>A word per rank: short words for common ranks, longer ones further down, like real text.</summary>
    public static string Word(int rank)
    {
        var word = "";
        var n = rank;
        do { word += Syllables[n % Syllables.Length]; n /= Syllables.Length; } while (n > 0);
        return word;
    }

    /// <summary>An entry with its search terms, as the first read pass would make it.</summary>
    public static ArticleEntry Entry(SearchVocabulary vocabulary, int number, DateTimeOffset published, string title, string lede,
        string body, IReadOnlyList<string>? topics = null, string? source = null, string? slug = null, System.Diagnostics.Stopwatch? collectClock = null)
    {
        collectClock?.Start();
        var terms = vocabulary.Collect(title, lede, [body]);
        collectClock?.Stop();
        slug ??= Slugs.From(title) + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ArticleEntry
        {
            SourcePath = $"synthetic/{number}.txt",
            Title = title,
            Slug = slug,
            Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), slug),
            Published = published,
            Summary = lede,
            Terms = new ArticleTerms(topics ?? [], [], null, source),
            SearchTerms = terms,
        };
    }

    /// <summary><paramref name="count"/> articles over ten years; words drawn from a vocabulary of 60,000 by a Zipf law.</summary>
    public static List<ArticleEntry> Generate(int count, int seed, SearchVocabulary vocabulary, System.Diagnostics.Stopwatch? collectClock = null)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var entries = new List<ArticleEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var published = start.AddMinutes(random.NextInt64(0, 10L * 365 * 24 * 60));
            var title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Word(Zipf(random))));
            var lede = string.Join(' ', Enumerable.Range(0, 30).Select(_ => Word(Zipf(random))));
            var body = string.Join(' ', Enumerable.Range(0, random.Next(200, 1500)).Select(_ => Word(Zipf(random))));
            var topics = new[] { Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)] }.Distinct().ToList();
            entries.Add(Entry(vocabulary, i, published, Capitalise(title), lede, body, topics, Sources[random.Next(Sources.Length)], collectClock: collectClock));
        }
        return entries;
    }

    public static SiteModel Site(IEnumerable<ArticleEntry> entries) => SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag());

    /// <summary>A rank from 0 to 59,999 with probability about 1/(rank+1), as words occur in prose.</summary>
    private static int Zipf(Random random) => (int)Math.Min(59_999, Math.Exp(random.NextDouble() * Math.Log(60_000)) - 1);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
