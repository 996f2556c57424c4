using System.Globalization;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>A day cell of a calendar: empty padding when <see cref="Day"/> is 0.</summary>
/// <param name="Level">0 (no articles) to 4 (the busiest days), for the heat map's shading.</param>
public sealed record CalendarDayView(int Day, string? Url, int Count, int Level, string Label);

/// <summary>A month laid out in weeks, Monday first.</summary>
public sealed record CalendarMonthView(string Name, string? Url, int Count, IReadOnlyList<IReadOnlyList<CalendarDayView>> Weeks);

/// <summary>Calendar view models for year heat maps and month pages; no JavaScript needed.</summary>
internal static class Calendars
{
    public static readonly string[] WeekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static IReadOnlyList<CalendarMonthView> Year(ViewBuilder view, YearArchive year)
    {
        var busiest = Math.Max(1, year.Months.SelectMany(m => m.Days).Select(d => d.Articles.Count).DefaultIfEmpty(0).Max());
        return Enumerable.Range(1, 12).Select(number =>
        {
            var month = year.Months.FirstOrDefault(m => m.Month == number);
            return Layout(view, year.Year, number, month, busiest);
        }).ToList();
    }

    public static CalendarMonthView Month(ViewBuilder view, MonthArchive month)
    {
        var busiest = Math.Max(1, month.Days.Select(d => d.Articles.Count).DefaultIfEmpty(0).Max());
        return Layout(view, month.Year, month.Month, month, busiest);
    }

    private static CalendarMonthView Layout(ViewBuilder view, int year, int number, MonthArchive? month, int busiest)
    {
        var counts = month?.Days.ToDictionary(d => d.Date.Day, d => d.Articles.Count) ?? [];
        var first = new DateOnly(year, number, 1);
        var padding = ((int)first.DayOfWeek + 6) % 7;
        var cells = new List<CalendarDayView>();
        for (var i = 0; i < padding; i++) cells.Add(new CalendarDayView(0, null, 0, 0, ""));
        for (var day = 1; day <= DateTime.DaysInMonth(year, number); day++)
        {
            var date = new DateOnly(year, number, day);
            var count = counts.GetValueOrDefault(day);
            var label = $"{DateFormats.Day(date)}: {Plural(count)}";
            cells.Add(new CalendarDayView(day, count > 0 ? view.Link(Urls.Day(date)) : null, count, Level(count, busiest), label));
        }
        while (cells.Count % 7 != 0) cells.Add(new CalendarDayView(0, null, 0, 0, ""));
        var weeks = cells.Chunk(7).Select(w => (IReadOnlyList<CalendarDayView>)w).ToList();
        return new CalendarMonthView(DateFormats.MonthName(number), month is null ? null : view.Link(month.Url), month?.Articles.Count ?? 0, weeks);
    }

    private static int Level(int count, int busiest) => count == 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / busiest), 1, 4);

    private static string Plural(int count) =>
        count == 1 ? "1 article" : $"{count.ToString(CultureInfo.InvariantCulture)} articles";
}
