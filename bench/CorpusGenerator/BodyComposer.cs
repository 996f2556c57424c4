using System.Globalization;
using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>An article's body: plain-text paragraphs (the dateline is added by the layout) and photo captions.</summary>
public sealed record ArticleBody(IReadOnlyList<string> Paragraphs, string? Caption);

/// <summary>Writes a body of about the planned length from the article's topics, deterministically per article.</summary>
public static class BodyComposer
{
    public static ArticleBody Compose(ArticlePlan plan, int seed)
    {
        var random = Prng.For(seed, plan.Index, salt: 2);
        var slots = new Slots(random, plan.Place, plan.LocalTime.Year);
        var paragraphs = new List<string>(plan.Words / 40 + 2);
        var words = 0;
        var text = new StringBuilder(512);
        while (words < plan.Words)
        {
            text.Clear();
            var sentences = paragraphs.Count == 0 ? 1 : random.Between(1, 3);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) text.Append(' ');
                var start = text.Length;
                var connective = paragraphs.Count > 0 && random.Chance(0.15);
                if (connective) text.Append(random.Pick(Vocabulary.Connectives)).Append(' ');
                var sentenceStart = text.Length;
                slots.AppendFilled(text, PickSentence(plan, random, paragraphs.Count == 0));
                // "Meanwhile, the ..." but "Meanwhile, GDP ...": acronyms keep their capitals.
                if (connective && StartsWithPlainWord(text, sentenceStart)) text[sentenceStart] = char.ToLowerInvariant(text[sentenceStart]);
                if (char.IsLower(text[start])) text[start] = char.ToUpperInvariant(text[start]);
                words += CountWords(text, start);
            }
            paragraphs.Add(text.ToString());
        }
        var caption = plan.Source == "Xinhua" && random.Chance(0.2) ? Caption(plan, random) : null;
        return new ArticleBody(paragraphs, caption);
    }

    private static string PickSentence(ArticlePlan plan, Prng random, bool lede)
    {
        if (lede) return random.Pick(plan.Topic.Sentences);
        var roll = random.NextDouble();
        if (roll < 0.55) return random.Pick(plan.Topic.Sentences);
        if (roll < 0.75 && plan.SecondTopic is not null) return random.Pick(plan.SecondTopic.Sentences);
        return random.Pick(Topics.Filler);
    }

    private static string Caption(ArticlePlan plan, Prng random)
    {
        var date = plan.LocalTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        return $"Photo taken on {date} shows a view of {plan.Place.Name}. (Xinhua/{random.Pick(Vocabulary.ChineseNames)})";
    }

    private static bool StartsWithPlainWord(StringBuilder text, int start) =>
        text.Length > start + 1 && (char.IsLower(text[start + 1]) || text[start + 1] == ' ');

    private static int CountWords(StringBuilder text, int start)
    {
        var count = 1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == ' ') count++;
        }
        return count;
    }
}
