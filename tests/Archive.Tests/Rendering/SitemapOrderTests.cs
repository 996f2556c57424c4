using Archive.Rendering;

namespace Archive.Tests.Rendering;

public class SitemapOrderTests
{
    [Fact]
    public void Sorting_by_time_then_url_matches_a_sort_by_both_with_many_ties()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var count = random.Next(0, 300);
            // Few distinct times, so that most pages share theirs with others (a day page, its month's, a term's period).
            var pages = Enumerable.Range(0, count)
                .Select(i => (Ticks: (long)random.Next(0, 20) * TimeSpan.TicksPerDay, Url: $"/p/{random.Next(0, 1000)}-{i}/"))
                .ToList();
            var ticks = pages.Select(p => p.Ticks).Append(-1).ToArray();
            var urls = pages.Select(p => p.Url).Append("/after-count/").ToArray();

            SiteRenderer.SortByTimeThenUrl(ticks, urls, count);

            var expected = pages.OrderBy(p => p.Ticks).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(p => p.Ticks), ticks.Take(count));
            Assert.Equal(expected.Select(p => p.Url), urls.Take(count));
            Assert.Equal("/after-count/", urls[count]);
        }
    }
}
