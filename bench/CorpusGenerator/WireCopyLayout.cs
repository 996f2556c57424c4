using System.Globalization;
using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>Lays an article out as text pasted from its agency's web page: head lines, chrome, dateline, paragraphs.</summary>
public static class WireCopyLayout
{
    public static string Write(ArticlePlan plan, ArticleBody body, int seed)
    {
        var random = Prng.For(seed, plan.Index, salt: 3);
        var text = new StringBuilder(plan.Words * 7 + 512);
        var time = plan.LocalTime;
        switch (plan.Style)
        {
            case WireStyle.PeoplesDaily:
                text.Append(plan.Title).Append("\n\n");
                text.Append("(Xinhua) ").Append(Format(time, "HH:mm, MMMM d, yyyy")).Append("\n\n");
                if (random.Chance(0.3)) text.Append("Share\n\n");
                break;
            case WireStyle.ChinaDaily:
                text.Append(plan.Title).Append('\n');
                var authors = string.Join(" and ", plan.Authors);
                if (random.Chance(0.2)) authors = authors.ToUpperInvariant();
                text.Append("By ").Append(authors).Append(" (China Daily) ").Append(Format(time, "HH:mm, MMMM d, yyyy")).Append('\n');
                if (random.Chance(0.5)) text.Append("Share\nAdjust font size:\n");
                text.Append('\n');
                break;
            case WireStyle.Xinhuanet:
                text.Append(plan.Title).Append('\n');
                text.Append("Source: Xinhua| ").Append(Format(time, "yyyy-MM-dd HH:mm:ss"))
                    .Append("|Editor: ").Append(random.Pick(Vocabulary.ChineseNames)).Append('\n');
                if (random.Chance(0.1)) text.Append("Video PlayerClose\n");
                text.Append('\n');
                break;
            case WireStyle.Reuters:
                text.Append(plan.Title).Append("\n\n");
                text.Append("By ").Append(string.Join(" and ", plan.Authors)).Append("\n\n");
                text.Append(Format(time, "MMMM d, yyyy h:mm tt")).Append(" UTC\n\n");
                break;
            case WireStyle.AssociatedPress:
                text.Append(plan.Title).Append("\n\n");
                text.Append("By ").Append(plan.Authors[0]).Append(", AP\n");
                text.Append(Format(time, "MMM d, yyyy HH:mm")).Append(" UTC\n\n");
                break;
        }
        AppendBody(text, plan, body, random);
        var result = text.ToString();
        return random.Chance(0.05) ? result.Replace("\n", "\r\n", StringComparison.Ordinal) : result;
    }

    private static void AppendBody(StringBuilder text, ArticlePlan plan, ArticleBody body, Prng random)
    {
        for (var i = 0; i < body.Paragraphs.Count; i++)
        {
            if (i == 0) text.Append(Dateline(plan, random));
            text.Append(body.Paragraphs[i]).Append("\n\n");
            if (i == 1 && body.Caption is not null) text.Append(body.Caption).Append("\n\n");
        }
        switch (plan.Style)
        {
            case WireStyle.PeoplesDaily:
                text.Append("(Web editor: ").Append(random.Pick(Vocabulary.ChineseNames)).Append(", ")
                    .Append(random.Pick(Vocabulary.ChineseNames)).Append(")\n");
                break;
            case WireStyle.Xinhuanet:
                text.Append("Enditem\n");
                break;
            case WireStyle.Reuters:
                text.Append("(Reporting by ").Append(plan.Authors[0]).Append("; Editing by ")
                    .Append(random.Pick(Vocabulary.WesternNames)).Append(")\n");
                break;
        }
    }

    /// <summary>The dateline that opens the first paragraph, in the agency's own form.</summary>
    public static string Dateline(ArticlePlan plan, Prng random)
    {
        var day = plan.LocalTime.Hour < 12 && random.Chance(0.5) ? plan.LocalTime.AddDays(-1) : plan.LocalTime;
        var place = plan.Place.Dateline;
        return plan.Style switch
        {
            WireStyle.PeoplesDaily or WireStyle.Xinhuanet => $"{place}, {ApMonthDay(day)} (Xinhua) -- ",
            WireStyle.ChinaDaily => random.Chance(0.4) ? $"{place} -- " : "",
            WireStyle.Reuters => $"{place}, {Format(day, "MMMM d")} (Reuters) - ",
            _ => $"{place} (AP) — ",
        };
    }

    /// <summary>AP style: "Jan. 5", "March 3", "Sept. 9".</summary>
    public static string ApMonthDay(DateTime day)
    {
        var month = day.Month switch
        {
            3 or 4 or 5 or 6 or 7 => Format(day, "MMMM"),
            9 => "Sept.",
            _ => Format(day, "MMM") + ".",
        };
        return $"{month} {day.Day.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string Format(DateTime time, string format) => time.ToString(format, CultureInfo.InvariantCulture);
}
