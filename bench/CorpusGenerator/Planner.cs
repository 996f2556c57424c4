using System.Globalization;

namespace Archive.Bench.Corpus;

/// <summary>Decides every article's head (title, date, agency, place, path) in one sequential, deterministic pass.</summary>
public static class Planner
{
    public static readonly DateOnly FirstDay = new(2016, 1, 1);
    public static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    /// <summary>Share of articles that repeat the previous article's title on the same day.</summary>
    public const double CollisionRate = 0.01;

    public static IReadOnlyList<ArticlePlan> Plan(int count, int seed, double markdownFraction)
    {
        var plans = new List<ArticlePlan>(count);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < count; index++)
        {
            var random = Prng.For(seed, index, salt: 1);
            var previous = index > 0 && random.Chance(CollisionRate) ? plans[^1] : null;
            plans.Add(PlanOne(index, random, previous, markdownFraction, paths));
        }
        return plans;
    }

    private static ArticlePlan PlanOne(int index, Prng random, ArticlePlan? collideWith, double markdownFraction, HashSet<string> paths)
    {
        var style = PickStyle(random);
        var place = random.Pick(Vocabulary.Places);
        var topic = random.Pick(Topics.All);
        var second = random.Chance(0.3) ? random.Pick(Topics.All) : null;
        if (second == topic) second = null;
        var day = FirstDay.AddDays(random.Next(Days));
        var time = new TimeOnly(random.Between(6, 23), random.Next(60), style == WireStyle.Xinhuanet ? random.Next(60) : 0);
        var title = Capitalize(new Slots(random, place, day.Year).Fill(random.Pick(topic.Titles)));
        if (collideWith is not null)
        {
            title = collideWith.Title;
            day = DateOnly.FromDateTime(collideWith.LocalTime);
        }
        var markdown = random.Chance(markdownFraction);
        var words = 200 + (int)(1300 * Math.Pow(random.NextDouble(), 2));
        var slug = UniqueSlug(Slugs.From(title), day, markdown ? ".md" : ".txt", paths, out var path);
        return new ArticlePlan(index, title, slug, day.ToDateTime(time), OffsetOf(style), style, SourceOf(style),
            AuthorsOf(style, random), place, topic, second, words, markdown, path);
    }

    private static WireStyle PickStyle(Prng random) => random.Next(20) switch
    {
        < 6 => WireStyle.PeoplesDaily,
        < 10 => WireStyle.ChinaDaily,
        < 14 => WireStyle.Xinhuanet,
        < 17 => WireStyle.Reuters,
        _ => WireStyle.AssociatedPress,
    };

    private static string SourceOf(WireStyle style) => style switch
    {
        WireStyle.ChinaDaily => "China Daily",
        WireStyle.Reuters => "Reuters",
        WireStyle.AssociatedPress => "AP",
        _ => "Xinhua",
    };

    private static TimeSpan OffsetOf(WireStyle style) =>
        style is WireStyle.Reuters or WireStyle.AssociatedPress ? TimeSpan.Zero : TimeSpan.FromHours(8);

    private static IReadOnlyList<string> AuthorsOf(WireStyle style, Prng random) => style switch
    {
        WireStyle.ChinaDaily => random.Chance(0.3)
            ? [random.Pick(Vocabulary.ChineseNames), random.Pick(Vocabulary.ChineseNames)]
            : [random.Pick(Vocabulary.ChineseNames)],
        WireStyle.Reuters => random.Chance(0.4)
            ? [random.Pick(Vocabulary.WesternNames), random.Pick(Vocabulary.WesternNames)]
            : [random.Pick(Vocabulary.WesternNames)],
        WireStyle.AssociatedPress => [random.Pick(Vocabulary.WesternNames)],
        _ => [],
    };

    private static string UniqueSlug(string baseSlug, DateOnly day, string extension, HashSet<string> paths, out string path)
    {
        var folder = day.ToString("yyyy'/'MM", CultureInfo.InvariantCulture);
        var slug = baseSlug;
        for (var n = 2; ; n++)
        {
            // Hugo and Archive both derive URLs from the base name, so keep it unique across extensions too.
            if (paths.Add($"{folder}/{slug}"))
            {
                path = $"{folder}/{slug}{extension}";
                return slug;
            }
            slug = $"{baseSlug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    private static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
