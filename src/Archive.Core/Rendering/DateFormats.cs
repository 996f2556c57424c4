using System.Globalization;

namespace Archive.Rendering;

/// <summary>How dates read on the site; invariant, so the machine's locale never shows.</summary>
public static class DateFormats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Day(DateOnly date) => date.ToString("MMMM d, yyyy", Invariant);

    public static string MonthName(int month) => Invariant.DateTimeFormat.GetMonthName(month);

    public static string Month(int year, int month) => $"{MonthName(month)} {year.ToString(Invariant)}";

    /// <summary><c>10:20, July 11, 2025 (UTC+08:00)</c>: the article's own wall-clock time and zone.</summary>
    public static string Published(DateTimeOffset time) =>
        $"{time.ToString("HH:mm, MMMM d, yyyy", Invariant)} ({Offset(time.Offset)})";

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);

    public static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}";
}
