using Archive.Site;

namespace Archive.Tests.Site;

public sealed class PaginationTests
{
    private static IReadOnlyList<int> NewestFirst(int count) => Enumerable.Range(1, count).Reverse().ToList();

    [Fact]
    public void A_short_list_is_one_page_at_the_list_url()
    {
        var page = Assert.Single(Pagination.Paginate("/t/", NewestFirst(3), 5));
        Assert.Equal("/t/", page.Url);
        Assert.Equal([3, 2, 1], page.Items);
    }

    [Fact]
    public void Numbered_pages_count_from_the_oldest_and_the_landing_shows_the_newest()
    {
        var pages = Pagination.Paginate("/t/", NewestFirst(7), 3);
        Assert.Equal([7, 6, 5], pages[0].Items);
        Assert.Equal("/t/page/2/", pages[0].OlderUrl);
        Assert.Equal([3, 2, 1], pages[1].Items);
        Assert.Equal([6, 5, 4], pages[2].Items);
        Assert.Equal([7], pages[3].Items);
        Assert.Equal("/t/", pages[3].NewerUrl);
        Assert.Null(pages[1].OlderUrl);
    }

    [Fact]
    public void Adding_an_article_leaves_every_full_numbered_page_unchanged()
    {
        for (var count = 4; count < 30; count++)
        {
            var before = Pagination.Paginate("/t/", NewestFirst(count), 4);
            var after = Pagination.Paginate("/t/", NewestFirst(count + 1), 4);
            var changed = before.Skip(1).Count(page =>
                after.FirstOrDefault(p => p.Url == page.Url) is not { } same
                || !same.Items.SequenceEqual(page.Items) || same.NewerUrl != page.NewerUrl || same.OlderUrl != page.OlderUrl);
            Assert.True(changed <= 1, $"{changed} numbered pages changed when going from {count} to {count + 1}");
        }
    }
}
