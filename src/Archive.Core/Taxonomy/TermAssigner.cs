using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Taxonomy;

/// <summary>Files an article under its terms. Pure and deterministic.</summary>
public static class TermAssigner
{
    private static readonly string[] CountryTopics = ["China", "North Korea"];

    public static ArticleTerms Assign(Article article, SiteConfig config)
    {
        var text = string.Join('\n', article.Paragraphs.Prepend(article.Title));
        var inferred = config.TopicKeywords
            .Where(rule => rule.Value.Any(keyword => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(keyword)}(?!\w)")))
            .Select(rule => rule.Key)
            .ToList();
        var all = article.Topics.Concat(inferred).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var countries = all.Where(t => CountryTopics.Contains(t)).ToList();
        var topics = all.Where(t => !CountryTopics.Contains(t)).ToList();
        var place = article.Place ?? article.Dateline?.Place;
        return new ArticleTerms(topics, countries, place is null ? null : DisplayPlace(place), article.Source);
    }

    /// <summary>PYONGYANG -> Pyongyang; mixed case is kept.</summary>
    public static string DisplayPlace(string place)
    {
        var trimmed = place.Trim().TrimEnd(',');
        return trimmed.Any(char.IsLower) ? trimmed : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
    }
}
