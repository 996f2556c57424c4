using Microsoft.Playwright;

namespace Archive.Tests.Browser;

internal static class PageNavigation
{
    /// <summary>Waits until the page's URL is <paramref name="url"/>.</summary>
    /// <remarks>
    /// Polls <see cref="IPage.Url"/> rather than calling WaitForURLAsync: under CI load, Playwright's waiter has timed out
    /// after the navigation had committed and the network was idle (its load-state wait missed the event). The locators
    /// that follow wait for the new document's elements themselves.
    /// </remarks>
    public static async Task WaitForUrl(IPage page, string url, int timeoutMs = 30_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (page.Url != url)
        {
            if (Environment.TickCount64 > deadline) Assert.Fail($"the page stayed at {page.Url}; expected {url}");
            await Task.Delay(25);
        }
    }
}
