using Archive.Model;

namespace Archive.Taxonomy;

/// <summary>Scores every term of a taxonomy against one article: matches weighted by where they occur.</summary>
internal sealed class TermScorer
{
    private readonly CompiledTaxonomy taxonomy;
    private readonly Dictionary<(int Term, string Keyword, string Where), (int Count, double Points)>? evidence;
    private readonly List<Range> tokens = new(256);

    public TermScorer(CompiledTaxonomy taxonomy, bool collectEvidence)
    {
        this.taxonomy = taxonomy;
        Scores = new double[taxonomy.Taxonomy.Terms.Count];
        HasStrongEvidence = new bool[Scores.Length];
        if (collectEvidence) evidence = [];
    }

    public double[] Scores { get; }

    /// <summary>Whether a term has any evidence besides weak keywords; weak ones alone never assign it.</summary>
    public bool[] HasStrongEvidence { get; private set; } = [];

    public void ScoreArticle(Article article, PlaceName? place)
    {
        var settings = taxonomy.Taxonomy.Settings;
        Score(article.Title, settings.TitleWeight, "title");
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var (weight, where) = i switch
            {
                0 => (settings.LedeWeight, "lede"),
                _ when i + 1 < settings.TailFromParagraph => (settings.BodyWeight, "body"),
                _ => (settings.TailWeight, "tail"),
            };
            Score(article.Paragraphs[i], weight, where);
        }
        if (place?.Country is { } country && taxonomy.TermIndex(country) is { } index)
            Add(index, place.Display, "dateline", settings.PlaceWeight, strong: true);
    }

    /// <summary>The evidence for one term, strongest first.</summary>
    public IReadOnlyList<KeywordEvidence> EvidenceFor(int term) => evidence is null
        ? []
        : evidence.Where(e => e.Key.Term == term)
            .Select(e => new KeywordEvidence(e.Key.Keyword, e.Key.Where, e.Value.Count, e.Value.Points))
            .OrderByDescending(e => e.Points).ThenBy(e => e.Keyword, StringComparer.Ordinal).ThenBy(e => e.Where, StringComparer.Ordinal)
            .ToList();

    private void Score(string text, double weight, string where)
    {
        if (weight <= 0 || text.Length == 0) return;
        tokens.Clear();
        Tokens.Split(text, tokens);
        taxonomy.Matcher.Match(text, tokens, hit => Add(hit.Rule.Term, hit.Rule.Keyword, where, weight * hit.Rule.Weight, hit.Rule.Weight >= 1));
    }

    private void Add(int term, string keyword, string where, double points, bool strong)
    {
        Scores[term] += points;
        HasStrongEvidence[term] |= strong;
        if (evidence is null) return;
        var key = (term, keyword, where);
        var (count, total) = evidence.GetValueOrDefault(key);
        evidence[key] = (count + 1, total + points);
    }
}
