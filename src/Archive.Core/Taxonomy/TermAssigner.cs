using Archive.Model;

namespace Archive.Taxonomy;

/// <summary>Files an article under its terms: subjects, countries and regions, place, source. Pure and deterministic.</summary>
public static class TermAssigner
{
    public static ArticleTerms Assign(Article article, SiteConfig config) => Run(article, config, explain: false).Terms;

    /// <summary>The assigned terms with every candidate's score and matches.</summary>
    public static TermExplanation Explain(Article article, SiteConfig config) => Run(article, config, explain: true);

    /// <summary>PYONGYANG -> Pyongyang; FORT WASHINGTON, Pa. -> Fort Washington, Pennsylvania.</summary>
    public static string DisplayPlace(string place) => PlaceNames.Normalize(place, TaxonomyDefinition.Default.Compiled).Display;

    private static TermExplanation Run(Article article, SiteConfig config, bool explain)
    {
        var taxonomy = config.Taxonomy.Compiled;
        var settings = config.Taxonomy.Settings;
        var rawPlace = article.Place ?? article.Dateline?.Place;
        var place = string.IsNullOrWhiteSpace(rawPlace) ? null : PlaceNames.Normalize(rawPlace, taxonomy);
        var scorer = new TermScorer(taxonomy, explain);
        scorer.ScoreArticle(article, place);

        var terms = config.Taxonomy.Terms;
        var given = GivenTerms(article, taxonomy);
        var subjects = given.Where(g => g.Kind == TermKind.Subject).Select(g => g.Name).ToList();
        var countries = given.Where(g => g.Kind != TermKind.Subject).Select(g => g.Name).ToList();
        subjects.AddRange(Inferred(terms, scorer, subjectTerms: true, subjects,
            settings.SubjectThreshold, settings.SubjectRelative, settings.SubjectCap));
        countries.AddRange(Inferred(terms, scorer, subjectTerms: false, countries,
            settings.CountryThreshold, settings.CountryRelative, settings.CountryCap));

        var source = article.Source ?? article.Dateline?.Source;
        var result = new ArticleTerms(subjects, countries, place?.Display, source is null ? null : config.CanonicalSource(source))
        {
            PlaceCountry = place?.Country,
        };
        return new TermExplanation(result, explain ? Candidates(terms, scorer, result, given) : []);
    }

    private static List<(string Name, TermKind Kind)> GivenTerms(Article article, CompiledTaxonomy taxonomy)
    {
        var given = new List<(string Name, TermKind Kind)>();
        foreach (var topic in article.Topics)
        {
            if (string.IsNullOrWhiteSpace(topic)) continue;
            var term = taxonomy.FindTerm(topic);
            var name = term?.Name ?? topic.Trim();
            if (given.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
            given.Add((name, term?.Kind ?? TermKind.Subject));
        }
        return given;
    }

    // Plain loops: this runs twice for every article, over every term of the taxonomy.
    private static IEnumerable<string> Inferred(IReadOnlyList<TermDefinition> terms, TermScorer scorer, bool subjectTerms,
        List<string> already, double threshold, double relative, int cap)
    {
        var scores = scorer.Scores;
        bool IsCandidate(int i) => (terms[i].Kind == TermKind.Subject) == subjectTerms && scores[i] > 0 && scorer.HasStrongEvidence[i];
        var best = double.NegativeInfinity;
        for (var i = 0; i < terms.Count; i++)
            if (IsCandidate(i)) best = Math.Max(best, scores[i]);
        if (double.IsNegativeInfinity(best)) return [];
        var chosen = new List<int>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (IsCandidate(i) && scores[i] >= threshold && scores[i] >= relative * best
                && !already.Contains(terms[i].Name, StringComparer.OrdinalIgnoreCase))
                chosen.Add(i);
        }
        chosen.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : string.CompareOrdinal(terms[a].Name, terms[b].Name));
        return chosen.Take(cap).Select(i => terms[i].Name).ToList();
    }

    private static IReadOnlyList<TermScore> Candidates(IReadOnlyList<TermDefinition> terms, TermScorer scorer, ArticleTerms result,
        List<(string Name, TermKind Kind)> given)
    {
        bool Assigned(string name) => result.Topics.Contains(name) || result.Countries.Contains(name);
        bool Given(string name) => given.Any(g => g.Name == name);
        var scored = Enumerable.Range(0, terms.Count)
            .Where(i => scorer.Scores[i] > 0 || Given(terms[i].Name))
            .Select(i => new TermScore(terms[i].Name, terms[i].Kind, Math.Round(scorer.Scores[i], 3), Assigned(terms[i].Name),
                Given(terms[i].Name), scorer.EvidenceFor(i)));
        var unknownGiven = given.Where(g => !terms.Any(t => t.Name == g.Name))
            .Select(g => new TermScore(g.Name, g.Kind, 0, true, true, []));
        return scored.Concat(unknownGiven)
            .OrderByDescending(s => s.Assigned).ThenByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}
