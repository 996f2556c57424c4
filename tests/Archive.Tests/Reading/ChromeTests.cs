using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class ChromeTests
{
    [Theory]
    [InlineData("Share")]
    [InlineData("Share - WeChat")]
    [InlineData("Adjust font size:")]
    [InlineData("Print E-mail")]
    [InlineData("Advertisement")]
    [InlineData("Related Stories")]
    [InlineData("Read more")]
    [InlineData("| | | |")]
    [InlineData("(Web editor: Zhang Kaiwei, Liang Jun)")]
    [InlineData("Enditem")]
    [InlineData("The views don't necessarily reflect those of China Daily.")]
    [InlineData("If you have a specific expertise, or would like to share your thought about our stories, then send us your writings at opinion@chinadaily.com.cn.")]
    [InlineData("Posted in: Society")]
    [InlineData("1 2 Next Page >>")]
    [InlineData("Print Comment Mail")]
    [InlineData("(China Daily 05/14/2008 page1)")]
    [InlineData("1 2 3 Next")]
    [InlineData("Contact the writer at chenweihua@chinadailyusa.com")]
    [InlineData("[Editor: Liu Wei]")]
    [InlineData("Reporting by Jane Doe; Editing by John Roe")]
    public void Page_furniture_is_chrome(string line) => Assert.True(Chrome.IsChrome(line));

    [Theory]
    [InlineData("Share prices fell 3 percent on Monday.")]
    [InlineData("Editorial writers disagreed with the decision.")]
    [InlineData("The treaty was signed in 1961.")]
    public void Text_is_not_chrome(string line) => Assert.False(Chrome.IsChrome(line));

    [Theory]
    [InlineData("People attend a reception in Pyongyang, DPRK, July 10, 2025. (Xinhua/Xie Huanchi)")]
    [InlineData("Turbines stand on the salt flats. [Photo/Xinhua]")]
    [InlineData("A worker inspects a blade. Photo: VCG")]
    [InlineData("Photo taken on July 10, 2025 shows the museum. (Xinhua)")]
    [InlineData("Police stand guard outside the court. (AP Photo/Jane Doe)")]
    public void Photo_credits_mark_captions(string line) => Assert.True(Chrome.IsCaption(line));

    [Theory]
    [InlineData("The exhibition ran for two weeks, the ministry said.")]
    [InlineData("He said the photos would be published later (Xinhua).")]
    public void Prose_is_not_a_caption(string line) => Assert.False(Chrome.IsCaption(line));
}
