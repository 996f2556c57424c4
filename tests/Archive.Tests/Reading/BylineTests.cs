using Archive.Model;
using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class BylineTests
{
    private static readonly SiteConfig Config = SiteConfig.Default;

    private static BylineInfo Parse(string line)
    {
        Assert.True(Byline.TryParse(line, Config, out var info), $"not read as a byline: {line}");
        return info;
    }

    [Theory]
    [InlineData("(Xinhua) 10:20, July 11, 2025", "Xinhua", "2025-07-11 10:20")]
    [InlineData("Xinhua) 10:20, July 11, 2025", "Xinhua", "2025-07-11 10:20")]
    [InlineData("Source: Xinhua| 2019-02-24 15:38:49|Editor: huaxia", "Xinhua", "2019-02-24 15:38")]
    [InlineData("Source: Global Times Published: 2025/07/10 21:48:09", "Global Times", "2025-07-10 21:48")]
    [InlineData("(People's Daily Online) 14:48, November 30, 2022", "People's Daily Online", "2022-11-30 14:48")]
    public void Source_and_time_lines(string line, string source, string local)
    {
        var info = Parse(line);
        Assert.Equal(source, info.Source);
        Assert.Empty(info.Authors);
        Assert.Equal(local, info.Published?.Local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Author_source_and_time_on_one_line()
    {
        var info = Parse("By Zhang San (China Daily) 08:32, March 3, 2024");
        Assert.Equal(["Zhang San"], info.Authors);
        Assert.Equal("China Daily", info.Source);
        Assert.Equal(new DateTime(2024, 3, 3, 8, 32, 0), info.Published?.Local);
    }

    [Fact]
    public void All_caps_author_glued_to_source_is_title_cased()
    {
        var info = Parse("By ZHANG SAN(China Daily USA)");
        Assert.Equal(["Zhang San"], info.Authors);
        Assert.Equal("China Daily USA", info.Source);
    }

    [Fact]
    public void Trailing_agency_after_comma_is_the_source_not_an_author()
    {
        var info = Parse("By Jane Doe, Reuters");
        Assert.Equal(["Jane Doe"], info.Authors);
        Assert.Equal("Reuters", info.Source);
    }

    [Fact]
    public void Agency_desk_after_comma_is_the_source_not_an_author()
    {
        var info = Parse("By MARTHA RAFFAELE, Associated Press Writer");
        Assert.Equal(["Martha Raffaele"], info.Authors);
        Assert.Equal("Associated Press", info.Source);
    }

    [Fact]
    public void Section_label_and_filing_place_open_a_byline()
    {
        var dated = Parse("Business News | Sat Mar 5, 2016 | 2:04am EST");
        Assert.Empty(dated.Authors);
        Assert.Equal(new DateTime(2016, 3, 5, 2, 4, 0), dated.Published?.Local);
        var placed = Parse("BEIJING | By Kevin Yao and Sue-Lin Wong");
        Assert.Equal(["Kevin Yao", "Sue-Lin Wong"], placed.Authors);
        Assert.Equal("BEIJING", placed.Place);
    }

    [Fact]
    public void Agency_then_dash_and_date_after_the_author()
    {
        var info = Parse("By GILLIAN WONG | Associated Press – Mon, Mar 5, 2012");
        Assert.Equal(["Gillian Wong"], info.Authors);
        Assert.Equal("Associated Press", info.Source);
        Assert.Equal(new DateTime(2012, 3, 5), info.Published?.Local);
    }

    [Fact]
    public void Caps_byline_keeps_the_mc_prefix_and_a_source_in_parentheses_may_precede_a_dash()
    {
        Assert.Equal(["Joe McDonald"], Parse("By JOE McDONALD").Authors);
        var info = Parse("(AFP) – Mar 5, 2010");
        Assert.Equal("AFP", info.Source);
        Assert.Equal(new DateTime(2010, 3, 5), info.Published?.Local);
    }

    [Fact]
    public void Site_address_is_a_source()
    {
        var info = Parse("English.news.cn | 2015-06-03 11:22:10 | Editor: Mengjie");
        Assert.Empty(info.Authors);
        Assert.Equal("English.news.cn", info.Source);
    }

    [Fact]
    public void Several_authors_and_place_suffixes()
    {
        Assert.Equal(["Jane Doe", "John Roe"], Parse("By JANE DOE and JOHN ROE").Authors);
        Assert.Equal(["Chen Jie"], Parse("By Chen Jie in Guiyang | China Daily | Updated: 2023-04-02 09:05").Authors);
        var writers = Parse("by Xinhua writers Zhang Lan, Li Ming");
        Assert.Equal(["Zhang Lan", "Li Ming"], writers.Authors);
        Assert.Equal("Xinhua", writers.Source);
    }

    [Fact]
    public void Editor_handle_is_not_an_author()
    {
        Assert.Empty(Parse("Source: Xinhua | 2025-10-11 10:20:45 | Editor: huaxia").Authors);
    }

    [Theory]
    [InlineData("Updated: 2014-10-09 03:25", null)]
    [InlineData("Last Updated: Tuesday, 20 December 2005, 07:55 GMT", 0)]
    [InlineData("Jul 27, 2010 13:13 UTC", 0)]
    [InlineData("20:13 UTC+8, 2023-01-26", 8)]
    [InlineData("Updated 3:45 PM EDT, July 10, 2025", -4)]
    public void Time_lines_keep_the_zone_they_name(string line, int? offsetHours)
    {
        var info = Parse(line);
        var time = info.Published ?? info.Updated;
        Assert.NotNull(time);
        Assert.Equal(offsetHours is null ? null : TimeSpan.FromHours(offsetHours.Value), time.Offset);
    }

    [Theory]
    [InlineData("By the way, the talks went on until midnight.")]
    [InlineData("The Chinese Embassy in Pyongyang on Wednesday held a reception.")]
    [InlineData("PYONGYANG, July 10 (Xinhua) -- The Chinese Embassy held a reception.")]
    [InlineData("By 2030 the line will carry 40 million passengers.")]
    [InlineData("Share prices fell.")]
    public void Prose_is_not_a_byline(string line) => Assert.False(Byline.TryParse(line, Config, out _));
}
