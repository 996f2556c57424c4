using System.Globalization;
using Archive.Model;
using Archive.Reading;

namespace Archive.Tests.Reading;

/// <summary>The byline, dateline and footer forms of agency web pages that the fixtures 084-130 brought in.</summary>
public sealed class PageFormsTests
{
    private static readonly SiteConfig Config = SiteConfig.Default;

    private static string Local(WrittenTime? time) => time?.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("KYODO NEWS - Jul 10, 2025 - 21:45 | All, World, Japan", "KYODO NEWS", "2025-07-10 21:45")]
    [InlineData("ANI | Updated: Jul 10, 2025 14:32 IST", "ANI", "2025-07-10 14:32")]
    [InlineData("Issued on: 10/07/2025 - 14:32Modified: 10/07/2025 - 16:05", null, "2025-07-10 14:32")]
    [InlineData("Page last updated at 14:32 GMT, Thursday, 10 July 2008 15:32 UK", null, "2008-07-10 14:32")]
    [InlineData("By GT staff reporters Published: Dec 30, 2024 10:42 PM", "GT", "2024-12-30 22:42")]
    public void Web_page_time_lines(string line, string? source, string local)
    {
        Assert.True(Byline.TryParse(line, Config, out var info), line);
        Assert.Equal(source, info.Source);
        Assert.Equal(local, Local(info.Published ?? info.Updated));
    }

    [Fact]
    public void A_bare_name_before_a_time_is_the_author_but_a_section_list_alone_is_no_byline()
    {
        Assert.True(Byline.TryParse("Jane Doe   |10.07.2025 - Update : 10.07.2025", Config, out var info));
        Assert.Equal(["Jane Doe"], info.Authors);
        Assert.Equal("2025-07-10 00:00", Local(info.Published ?? info.Updated));
        Assert.False(Byline.TryParse("Jane Doe | All, World, Japan", Config, out _));
    }

    [Fact]
    public void Agency_after_the_names_without_a_comma_is_the_source()
    {
        Assert.True(Byline.TryParse("By ZEKE MILLER and DIDI TANG Associated Press", Config, out var info));
        Assert.Equal(["Zeke Miller", "Didi Tang"], info.Authors);
        Assert.Equal("Associated Press", info.Source);
    }

    [Fact]
    public void The_filing_place_after_a_time_is_kept()
    {
        Assert.True(Byline.TryParse("Updated - July 10, 2025 02:32 pm IST - NEW DELHI", Config, out var info));
        Assert.Equal("NEW DELHI", info.Place);
        Assert.Equal(TimeSpan.FromMinutes(330), info.Updated?.Offset);
    }

    [Theory]
    [InlineData("MOSCOW, July 10. /TASS/. Russia said", "MOSCOW", "TASS", "Russia said")]
    [InlineData("New Delhi [India], July 10 (ANI): Rains lashed", "New Delhi", "ANI", "Rains lashed")]
    [InlineData("Madrid, Jul 10 (EFE).- The government", "Madrid", "EFE", "The government")]
    public void Agency_dateline_punctuation(string paragraph, string place, string source, string rest)
    {
        Assert.True(DatelineParser.TryParse(paragraph, new DateOnly(2025, 7, 11), out var dateline, out var after));
        Assert.Equal(place, dateline.Place);
        Assert.Equal(source, dateline.Source);
        Assert.Equal(new DateOnly(2025, 7, 10), dateline.Date);
        Assert.Equal(rest, after);
    }

    [Fact]
    public void A_date_and_agency_without_a_place_is_a_dateline()
    {
        Assert.True(DatelineParser.TryParse("July 10 (Reuters) - Oil rose.", new DateOnly(2025, 7, 10), out var dateline, out var rest));
        Assert.Null(dateline.Place);
        Assert.Equal(new DateOnly(2025, 7, 10), dateline.Date);
        Assert.Equal("Oil rose.", rest);
        Assert.False(DatelineParser.TryParse("July 10 was the hottest day on record.", null, out _, out _));
    }

    [Fact]
    public void A_caps_place_and_single_hyphen_is_a_dateline_only_when_lenient()
    {
        Assert.False(DatelineParser.TryParse("TOKYO - Japan and China agreed", null, out _, out _));
        Assert.True(DatelineParser.TryParse("TOKYO - Japan and China agreed", null, lenient: true, out var dateline, out _));
        Assert.Equal("TOKYO", dateline.Place);
    }

    [Theory]
    [InlineData("Copyright 2024 The Associated Press. All rights reserved.", "The Associated Press")]
    [InlineData("Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved.", "South China Morning Post")]
    [InlineData("Copyright ©2024 Global Times All Rights Reserved.", "Global Times")]
    [InlineData("Source: Al Jazeera and news agencies", "Al Jazeera")]
    [InlineData("SOURCE: AL JAZEERA AND NEWS AGENCIES", "Al Jazeera")]
    [InlineData("==Kyodo", "Kyodo")]
    [InlineData("Copyright © 2025 Some Blog LLC. All rights reserved.", null)]
    public void Footer_names_a_known_source(string line, string? source) =>
        Assert.Equal(source, FooterFacts.SourceFrom(line, Config));

    [Fact]
    public void Kcna_juche_stamp_is_a_date()
    {
        Assert.Equal(new DateOnly(2025, 7, 14), FooterFacts.DateFrom("www.kcna.kp (Juche114.7.14.)"));
        Assert.Null(FooterFacts.DateFrom("www.kcna.kp (Juche114.2.30.)"));
    }

    [Fact]
    public void A_lone_dateline_line_is_joined_to_the_lede()
    {
        var lines = DatelineLine.Join(["Title", "", "NAIROBI, March 3 (Xinhua) --", "At dawn, farmers walk.", "More."]);
        Assert.Equal("NAIROBI, March 3 (Xinhua) -- At dawn, farmers walk.", lines[2]);
        Assert.Equal("", lines[3]);
        string[] subhead = ["Title", "", "ELECTRIC VEHICLES LEAD", "Shipments grew."];
        Assert.Equal(subhead, DatelineLine.Join(subhead));
    }

    [Theory]
    [InlineData("Home | China | World | Business | Sci-Tech | Culture")]
    [InlineData("Home / World / Asia-Pacific")]
    [InlineData("E-mail this to a friend Printable version")]
    [InlineData("Advertisement · Scroll to continue")]
    [InlineData("Associated Press writer Cara Anna in Nairobi contributed to this report.")]
    [InlineData("(ATTN: ADDS details in paras 3-5)")]
    [InlineData("Related: How camera traps changed wildlife research")]
    public void Page_furniture_is_chrome(string line) => Assert.True(Chrome.IsChrome(line), line);

    [Theory]
    [InlineData("The agreements include:")]
    [InlineData("Police said the gang had struck at least 14 machines | a record.")]
    [InlineData("Associated Press polling shows most voters contributed nothing to campaigns, and that is a problem for both parties in the coming year and beyond it. They said so.")]
    public void Article_text_is_not_chrome(string line) => Assert.False(Chrome.IsChrome(line), line);

    [Fact]
    public void A_section_label_above_a_time_line_is_not_the_headline()
    {
        var header = WireHeader.Read(
            ["Markets", "June 4, 2021 / 10:15 AM / Updated 40 minutes ago", "Copper climbs as strikes threaten Chilean supply", "", "LONDON (Reuters) - Text."], Config);
        Assert.Equal("Copper climbs as strikes threaten Chilean supply", header.Title);
        Assert.Equal("2021-06-04 10:15", Local(header.Byline.Published));
    }

    [Fact]
    public void A_date_then_last_updated_clock_time_is_one_time_line()
    {
        Assert.True(Byline.TryParse("14 July 2011 Last updated at 17:45 GMT", Config, out var info));
        Assert.Equal("2011-07-14 17:45", Local(info.Published));
        Assert.Equal(TimeSpan.Zero, info.Published?.Offset);
        Assert.False(Byline.TryParse("14 July 2011 Last updated at noon", Config, out _));
    }

    [Fact]
    public void Outlet_after_the_name_and_its_city_after_a_comma()
    {
        Assert.True(Byline.TryParse("By Jane Smith BBC News, Washington", Config, out var info));
        Assert.Equal(["Jane Smith"], info.Authors);
        Assert.Equal("BBC News", info.Source);
        Assert.True(Byline.TryParse("By Tom Lee Reuters, New Delhi", Config, out var other));
        Assert.Equal(["Tom Lee"], other.Authors);
        Assert.Equal("Reuters", other.Source);
    }
}
