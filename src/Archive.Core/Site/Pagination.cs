namespace Archive.Site;

/// <summary>One page of a list: its URL, its items (newest first) and its neighbours.</summary>
public sealed record ListPage<T>(string Url, int Number, IReadOnlyList<T> Items, string? NewerUrl, string? OlderUrl);

/// <summary>
/// Splits a list (newest first) into pages counted from the oldest, so adding an article changes only the landing page
/// and the newest numbered page. The landing page (the list's own URL) always shows the newest items.
/// </summary>
public static class Pagination
{
    /// <summary>The URLs of the pages <see cref="Paginate{T}"/> makes for a list of this many items, in its order.</summary>
    public static IReadOnlyList<string> PageUrls(string listUrl, int count, int pageSize)
    {
        if (count <= pageSize) return [listUrl];
        var pageCount = (count + pageSize - 1) / pageSize;
        var urls = new string[pageCount + 1];
        urls[0] = listUrl;
        for (var number = 1; number <= pageCount; number++) urls[number] = Urls.Page(listUrl, number);
        return urls;
    }

    public static IReadOnlyList<ListPage<T>> Paginate<T>(string listUrl, IReadOnlyList<T> newestFirst, int pageSize)
    {
        var count = newestFirst.Count;
        if (count <= pageSize) return [new ListPage<T>(listUrl, 0, newestFirst, null, null)];

        var pageCount = (count + pageSize - 1) / pageSize;
        var pages = new List<ListPage<T>>(pageCount + 1);
        // The landing window holds the newest pageSize items; "older" continues at the page holding the next item.
        var nextOldestFirst = count - pageSize - 1;
        pages.Add(new ListPage<T>(listUrl, 0, newestFirst.Take(pageSize).ToList(), null, Urls.Page(listUrl, nextOldestFirst / pageSize + 1)));
        for (var number = 1; number <= pageCount; number++)
        {
            var firstOldest = (number - 1) * pageSize;
            var lastOldest = Math.Min(number * pageSize, count) - 1;
            var items = new List<T>(lastOldest - firstOldest + 1);
            for (var i = lastOldest; i >= firstOldest; i--) items.Add(newestFirst[count - 1 - i]);
            var newer = number == pageCount ? listUrl : Urls.Page(listUrl, number + 1);
            var older = number == 1 ? null : Urls.Page(listUrl, number - 1);
            pages.Add(new ListPage<T>(Urls.Page(listUrl, number), number, items, newer, older));
        }
        return pages;
    }
}
