namespace Archive.Site;

/// <summary>A day and its articles, newest first.</summary>
public sealed record DayArchive(DateOnly Date, IReadOnlyList<ArticleEntry> Articles)
{
    public string Url => Urls.Day(Date);
}

/// <summary>A month, its days (oldest first) and all its articles, newest first.</summary>
public sealed record MonthArchive(int Year, int Month, IReadOnlyList<DayArchive> Days, IReadOnlyList<ArticleEntry> Articles)
{
    public string Url => Urls.Month(Year, Month);
}

/// <summary>A year and its months, oldest first.</summary>
public sealed record YearArchive(int Year, IReadOnlyList<MonthArchive> Months)
{
    public string Url => Urls.Year(Year);
    public int Count => Months.Sum(m => m.Articles.Count);
}

/// <summary>A topic, country, place or source with its articles, newest first.</summary>
/// <param name="HasPage">False when the term has fewer articles than the configured minimum: listed, not paged.</param>
public sealed record TermArchive(TermKind Kind, string Name, string Slug, IReadOnlyList<ArticleEntry> Articles, bool HasPage)
{
    public string Url => Urls.Term(Kind, Slug);
    public string Key => $"{Urls.KindSegment(Kind)}:{Slug}";
}

/// <summary>The articles of one calendar day (month and day) across all years, newest first.</summary>
public sealed record OnThisDayArchive(int Month, int Day, IReadOnlyList<ArticleEntry> Articles)
{
    public string Url => Urls.OnThisDay(Month, Day);
}
