using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class DateTimeTextTests
{
    [Theory]
    [InlineData("10:20, July 11, 2025", "2025-07-11T10:20:00")]
    [InlineData("2019-02-24 15:38:49", "2019-02-24T15:38:49")]
    [InlineData("2025/7/10 21:48:09", "2025-07-10T21:48:09")]
    [InlineData("Jul 10, 2025 09:48 PM", "2025-07-10T21:48:00")]
    [InlineData("Tuesday, 20 December 2005, 07:55 GMT", "2005-12-20T07:55:00")]
    [InlineData("12:05 a.m. July 1, 2024", "2024-07-01T00:05:00")]
    [InlineData("Sept. 7, 2023", "2023-09-07T00:00:00")]
    [InlineData("2025-07-11T10:20:00+08:00", "2025-07-11T10:20:00")]
    public void Reads_wall_clock_time(string text, string expected)
    {
        Assert.True(DateTimeText.TryParse(text, out var time), text);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time.Local);
    }

    [Theory]
    [InlineData("2025-07-11T10:20:00+08:00", 8)]
    [InlineData("20:13 UTC+8, 2023-01-26", 8)]
    [InlineData("July 10, 2025 3:20 PM GMT+8", 8)]
    [InlineData("Jul 27, 2010 13:13 UTC", 0)]
    [InlineData("10:00 BJT, May 2, 2024", 8)]
    [InlineData("Mon Jan 16, 2006 5:12 PM ET", -5)]
    [InlineData("Tue Jul 11, 2006 5:12 PM ET", -4)]
    [InlineData("Jan 16, 2006 5:12 PM PT", -8)]
    public void Reads_the_zone(string text, int hours)
    {
        Assert.True(DateTimeText.TryParse(text, out var time), text);
        Assert.Equal(TimeSpan.FromHours(hours), time.Offset);
    }

    [Theory]
    [InlineData("February 30, 2024")]
    [InlineData("25:10, July 11, 2025")]
    [InlineData("July 11")]
    [InlineData("10:20")]
    [InlineData("2025-13-01")]
    [InlineData("July 11, 2025 and more text")]
    public void Rejects_what_is_not_one_whole_date(string text) => Assert.False(DateTimeText.TryParse(text, out _));

    [Fact]
    public void Ambiguous_cst_gives_no_offset()
    {
        Assert.True(DateTimeText.TryParse("July 10, 2025 10:00 CST", out var time));
        Assert.Null(time.Offset);
    }
}
