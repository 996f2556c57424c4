using System.Globalization;
using Archive.Model;
using Archive.Reading;

namespace Archive.Tests.Reading;

/// <summary>The byline, dateline, caption and footer forms that fixtures 135-165 (round 3) brought in, one helper at a time.</summary>
public sealed class AgencyFormsTests
{
    private static readonly SiteConfig Config = SiteConfig.Default;

    private static string Local(WrittenTime? time) => time?.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("2024-03-04 09:12:45 ECNS Editor: Gu Liping", "ECNS", "2024-03-04 09:12")]
    [InlineData("March 5, 2024 / 2:32 AM", null, "2024-03-05 02:32")]
    [InlineData("March 3, 2024 | 8:32 PM", null, "2024-03-03 20:32")]
    [InlineData("Tue 5 Mar 2024 03.12 GMT", null, "2024-03-05 03:12")]
    [InlineData("2024.3.5.", null, "2024-03-05 00:00")]
    [InlineData("March 5, 2024 14:32 GMT+700", null, "2024-03-05 14:32")]
    [InlineData("By OASIS HU in Hong Kong | chinadailyhk | Updated: 2024-02-28 18:05", "chinadailyhk", "2024-02-28 18:05")]
    public void Time_lines(string line, string? source, string local)
    {
        Assert.True(Byline.TryParse(line, Config, out var info), line);
        Assert.Equal(source, info.Source);
        Assert.Equal(local, Local(info.Published ?? info.Updated));
    }

    [Fact]
    public void A_capital_place_before_the_time_is_the_filing_place()
    {
        Assert.True(Byline.TryParse("ROME, 05 March 2024, 12:14", Config, out var info));
        Assert.Equal("ROME", info.Place);
        Assert.Equal("2024-03-05 12:14", Local(info.Published));
    }

    [Theory]
    [InlineData("Redazione ANSA", "ANSA")]
    [InlineData("KENTARO IWAMOTO, Nikkei staff writer", "Nikkei")]
    public void Newsroom_and_desk_lines_name_the_source(string line, string source)
    {
        Assert.True(Byline.TryParse(line, Config, out var info), line);
        Assert.Equal(source, info.Source);
    }

    [Fact]
    public void A_job_title_after_a_name_is_not_part_of_it()
    {
        Assert.Equal(["Amy Hawkins"], Names.Split("Amy Hawkins Senior China correspondent"));
        Assert.Equal(["Kentaro Iwamoto"], Names.Split("KENTARO IWAMOTO"));
        Assert.Equal("Tan Hui Yee", Names.WithoutRole("Tan Hui Yee"));
    }

    [Theory]
    [InlineData("(ANSA) - ROME, MAR 5 - Premier Giorgia Meloni said.", "ROME", "2024-03-05", "ANSA")]
    [InlineData("Mumbai, Mar 5 (PTI) India's reserves rose.", "Mumbai", "2024-03-05", "PTI")]
    [InlineData("JIUQUAN, July 15 (XINHUA) -- China's craft docked.", "JIUQUAN", "2024-07-15", "XINHUA")]
    public void Dateline_forms(string paragraph, string place, string date, string source)
    {
        Assert.True(DatelineParser.TryParse(paragraph, new DateOnly(2024, 12, 31), out var dateline, out _), paragraph);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(source, dateline.Source);
    }

    [Theory]
    [InlineData("Mumbai, Mar 5 the minister said.")]
    [InlineData("May 5 (file) The plan")]
    [InlineData("WARNING: this is not a dateline")]
    public void Not_datelines(string paragraph) => Assert.False(DatelineParser.TryParse(paragraph, null, out _, out _), paragraph);

    [Fact]
    public void A_colon_after_a_capital_place_is_a_dateline_only_in_proven_wire_copy()
    {
        Assert.False(DatelineParser.TryParse("BEIJING: China set a target.", null, lenient: false, out _, out _));
        Assert.True(DatelineParser.TryParse("BEIJING: China set a target.", null, lenient: true, out var dateline, out var rest));
        Assert.Equal("BEIJING", dateline.Place);
        Assert.Equal("China set a target.", rest);
    }

    [Theory]
    [InlineData("Premier Li Qiang delivered the report at the opening GREG BAKER / AFP")]
    [InlineData("Delegates applaud in Beijing Pedro PARDO / AFP")]
    [InlineData("Chinese Premier Li Qiang delivers the report at the Great Hall (Pedro PARDO)")]
    public void Captions_with_bare_credits(string line) => Assert.True(Chrome.IsCaption(line), line);

    [Theory]
    [InlineData("The talks were held at the United Nations (UN).")]
    [InlineData("He met officials from the World Health Organization (WHO)")]
    public void Sentences_ending_in_an_acronym_are_not_captions(string line) => Assert.False(Chrome.IsCaption(line), line);

    [Theory]
    [InlineData("-- BERNAMA")]
    [InlineData("--IANS")]
    [InlineData("ab/vd")]
    [InlineData("dpa kk xx yyzz n1 ab")]
    [InlineData("(This story has been corrected to fix the percentage in paragraph 2)")]
    [InlineData("Editor's note: Tom Fowdy is a British political analyst.")]
    [InlineData("Follow Robyn Mak on X")]
    [InlineData("This article is more than 1 year old")]
    [InlineData("Related news: Indonesia, Australia discuss electric vehicle supply chain")]
    [InlineData("0")]
    [InlineData("3:12")]
    [InlineData("@BBCLBicker")]
    public void Page_furniture(string line) => Assert.True(Chrome.IsChrome(line), line);

    [Fact]
    public void Footer_credits_give_away_source_and_author()
    {
        Assert.Equal("Reuters", FooterFacts.SourceFrom("Source: Reuters/AFP/fh", Config));
        Assert.Equal("CGTN", FooterFacts.SourceFrom("(If you want to contribute, contact us at opinions@cgtn.com.)", Config));
        Assert.Equal(["Andi Firdaus"], FooterFacts.AuthorsFrom("Reporter: Andi Firdaus"));
        Assert.Null(FooterFacts.AuthorsFrom("Editor: Rahmad Nasution"));
    }

    [Fact]
    public void Reuters_wire_slugs_are_not_part_of_the_headline()
    {
        var header = WireHeader.Read(["REFILE-UPDATE 2-Japan's Nikkei tops 40,000", "", "TOKYO, March 4 (Reuters) - Text."], Config);
        Assert.Equal("Japan's Nikkei tops 40,000", header.Title);
    }
}
