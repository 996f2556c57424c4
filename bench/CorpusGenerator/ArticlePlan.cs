namespace Archive.Bench.Corpus;

/// <summary>How an article's head is laid out: one style per agency's web page as it pastes.</summary>
public enum WireStyle { PeoplesDaily, ChinaDaily, Xinhuanet, Reuters, AssociatedPress }

/// <summary>Everything decided about one article before its body is written.</summary>
/// <param name="LocalTime">Publication time on the agency's clock.</param>
/// <param name="Offset">The agency's UTC offset.</param>
/// <param name="RelativePath">Where the article goes below the content folder, '/' separated, unique.</param>
public sealed record ArticlePlan(
    int Index,
    string Title,
    string Slug,
    DateTime LocalTime,
    TimeSpan Offset,
    WireStyle Style,
    string Source,
    IReadOnlyList<string> Authors,
    Place Place,
    Topic Topic,
    Topic? SecondTopic,
    int Words,
    bool Markdown,
    string RelativePath)
{
    public DateTimeOffset Published => new(LocalTime, Offset);

    /// <summary>The taxonomy terms the article is written to deserve (Hugo's tags).</summary>
    public IReadOnlyList<string> TopicNames => SecondTopic is null ? [Topic.Name] : [Topic.Name, SecondTopic.Name];
}
