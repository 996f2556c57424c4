using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class DatelineParserTests
{
    private static readonly DateOnly Published = new(2025, 7, 11);

    [Theory]
    [InlineData("PYONGYANG, July 10 (Xinhua) -- The embassy", "PYONGYANG", "2025-07-10", "Xinhua", "The embassy")]
    [InlineData("BEIJING, July 10 (Reuters) - Stocks fell", "BEIJING", "2025-07-10", "Reuters", "Stocks fell")]
    [InlineData("WASHINGTON (AP) — The Senate", "WASHINGTON", null, "AP", "The Senate")]
    [InlineData("FORT WASHINGTON, Pa. (AP) _ Police said", "FORT WASHINGTON, Pa.", null, "AP", "Police said")]
    [InlineData("STOCKHOLM, Aug 29, 2014 (AFP) - Sweden said", "STOCKHOLM", "2014-08-29", "AFP", "Sweden said")]
    [InlineData("Berlin (dpa) - Germany said", "Berlin", null, "dpa", "Germany said")]
    [InlineData("Pyongyang, July 9 (KCNA) — A meeting", "Pyongyang", "2025-07-09", "KCNA", "A meeting")]
    [InlineData("GUIYANG -- Two officials", "GUIYANG", null, null, "Two officials")]
    [InlineData("UNITED NATIONS, Sept. 7 (Xinhua) -- The UN", "UNITED NATIONS", "2024-09-07", "Xinhua", "The UN")]
    [InlineData("SEOUL, July 1 (Yonhap) – Exports", "SEOUL", "2025-07-01", "Yonhap", "Exports")]
    [InlineData("KYIV, Ukraine (AP) — Drones", "KYIV, Ukraine", null, "AP", "Drones")]
    public void Splits_the_dateline_off(string paragraph, string place, string? date, string? source, string rest)
    {
        Assert.True(DatelineParser.TryParse(paragraph, Published, out var dateline, out var remainder));
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(source, dateline.Source);
        Assert.Equal(rest, remainder);
        Assert.Equal(paragraph, dateline.Text + remainder);
    }

    [Fact]
    public void Source_only_dateline_has_no_place()
    {
        Assert.True(DatelineParser.TryParse("(AP) -- Police said", Published, out var dateline, out var rest));
        Assert.Null(dateline.Place);
        Assert.Equal("AP", dateline.Source);
        Assert.Equal("Police said", rest);
    }

    [Fact]
    public void Year_is_inferred_across_a_year_end()
    {
        Assert.True(DatelineParser.TryParse("BEIJING, Dec. 31 (Xinhua) -- Fireworks", new DateOnly(2025, 1, 1), out var dateline, out _));
        Assert.Equal(new DateOnly(2024, 12, 31), dateline.Date);
    }

    [Theory]
    [InlineData("May 19 this year marked the anniversary.")]
    [InlineData("The minister -- who arrived on Monday -- said so.")]
    [InlineData("-- direct flights between the capitals;")]
    [InlineData("ECONOMIC TIES")]
    [InlineData("China -- the world's second-largest economy -- grew.")]
    [InlineData("Note: the figures are provisional.")]
    public void Not_datelines(string paragraph) => Assert.False(DatelineParser.TryParse(paragraph, Published, out _, out _));
}
