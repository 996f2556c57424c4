using Archive.Site;

namespace Archive.Tests.Site;

public sealed class UrlsTests
{
    [Theory]
    [InlineData("/2025/07/11/slug/", "/topics/diplomacy/", "../../../../topics/diplomacy/")]
    [InlineData("/2025/07/11/slug/", "/2025/07/", "../../")]
    [InlineData("/2025/07/11/slug/", "/2025/07/11/slug/", "./")]
    [InlineData("/", "/feed.xml", "feed.xml")]
    [InlineData("/", "/", "./")]
    [InlineData("/404.html", "/archive/", "archive/")]
    [InlineData("/topics/x/page/2/", "/topics/x/", "../../")]
    [InlineData("/2025/", "/2025/07/11/", "07/11/")]
    public void Relative_links_resolve_from_the_page(string from, string to, string expected) =>
        Assert.Equal(expected, Urls.Relative(from, to));

    [Fact]
    public void Relative_links_resolve_back_to_their_targets()
    {
        string[] urls = ["/", "/2025/", "/2025/07/", "/2025/07/11/a-b/", "/topics/diplomacy/page/3/", "/feed.xml", "/404.html"];
        foreach (var from in urls)
        foreach (var to in urls)
        {
            var resolved = new Uri(new Uri("https://x.test/base" + from), Urls.Relative(from, to));
            Assert.Equal("/base" + to, resolved.AbsolutePath);
        }
    }

    [Fact]
    public void Output_paths_put_directories_into_index_files()
    {
        Assert.Equal("2025/07/index.html", Urls.OutputPath("/2025/07/"));
        Assert.Equal("index.html", Urls.OutputPath("/"));
        Assert.Equal("feed.xml", Urls.OutputPath("/feed.xml"));
    }
}
