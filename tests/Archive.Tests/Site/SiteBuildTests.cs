using Archive.Tests.TestSupport;

namespace Archive.Tests.Site;

public sealed class SiteBuildTests
{
    private const string ReferenceUrl = "2025/07/11/chinese-embassy-marks-64th-anniversary-of-signing-of-china-dprk-friendship/index.html";

    [Fact]
    public void Reference_article_page_shows_every_field()
    {
        using var site = TestSite.With(("content/2025/07/china-dprk-treaty-anniversary.txt", Articles.Seed()));
        var built = site.Build();

        Assert.Empty(built.Errors);
        var page = built.Html(ReferenceUrl);
        Assert.Equal("Chinese embassy marks 64th anniversary of signing of China-DPRK friendship treaty", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Xinhua", page.QuerySelector(".source")?.TextContent.Trim());
        var time = page.QuerySelector(".article time");
        Assert.Equal("2025-07-11T10:20:00+08:00", time?.GetAttribute("datetime"));
        Assert.Contains("10:20, July 11, 2025 (UTC+08:00)", time?.TextContent);
        Assert.Equal("PYONGYANG, July 10", page.QuerySelector(".dateline")?.TextContent.Trim());
        var paragraphs = page.QuerySelectorAll(".body p");
        Assert.Equal(11, paragraphs.Length);
        Assert.StartsWith("The Chinese Embassy in Pyongyang", paragraphs[0].TextContent);
        Assert.Equal("https://news.example.org/archive/" + ReferenceUrl.Replace("index.html", ""), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void Reference_article_is_listed_on_its_day_month_year_and_term_pages()
    {
        using var site = TestSite.With(("content/2025/07/china-dprk-treaty-anniversary.txt", Articles.Seed()));
        var built = site.Build();
        const string title = "Chinese embassy marks 64th anniversary of signing of China-DPRK friendship treaty";

        Assert.Contains(title, built.ListedTitles("2025/07/11/index.html"));
        Assert.Contains(title, built.ListedTitles("2025/07/index.html"));
        Assert.Contains(title, built.ListedTitles("topics/diplomacy/index.html"));
        Assert.Contains(title, built.ListedTitles("countries/china/index.html"));
        Assert.Contains(title, built.ListedTitles("countries/north-korea/index.html"));
        Assert.Contains(title, built.ListedTitles("places/pyongyang/index.html"));
        Assert.Contains(title, built.ListedTitles("sources/xinhua/index.html"));
        Assert.NotNull(built.Html("2025/index.html").QuerySelector(".calendar a[href='07/11/']"));
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void Articles_land_on_their_own_days_newest_first_with_previous_and_next()
    {
        using var site = TestSite.With(
            ("content/2024/01/a.txt", Articles.Wire("Alpha summit opens", new DateTime(2024, 1, 5, 9, 0, 0))),
            ("content/2024/01/b.txt", Articles.Wire("Beta talks resume", new DateTime(2024, 1, 5, 15, 30, 0))),
            ("content/2024/02/c.txt", Articles.Wire("Gamma treaty signed", new DateTime(2024, 2, 1, 8, 0, 0))));
        var built = site.Build();

        Assert.Empty(built.Errors);
        Assert.Equal(["Beta talks resume", "Alpha summit opens"], built.ListedTitles("2024/01/05/index.html"));
        Assert.Equal(["Gamma treaty signed"], built.ListedTitles("2024/02/01/index.html"));
        var beta = built.Html("2024/01/05/beta-talks-resume/index.html");
        Assert.Contains("Alpha summit opens", beta.QuerySelector("a[rel=prev]")?.TextContent);
        Assert.Contains("Gamma treaty signed", beta.QuerySelector("a[rel=next]")?.TextContent);
        var home = built.ListedTitles("index.html");
        Assert.Equal(["Gamma treaty signed", "Beta talks resume", "Alpha summit opens"], home);
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void Long_lists_paginate_from_the_oldest_so_old_pages_do_not_shift()
    {
        var files = Enumerable.Range(1, 5)
            .Select(i => ($"content/2024/03/story-{i}.txt", Articles.Wire($"Diplomacy story {i}", new DateTime(2024, 3, i, 10, 0, 0), body: "The ambassador attended the embassy reception.")))
            .ToArray();
        using var site = TestSite.With([("archive.yml", "page_size: 2\n"), .. files]);
        var built = site.Build();

        Assert.Empty(built.Errors);
        Assert.Equal(["Diplomacy story 5", "Diplomacy story 4"], built.ListedTitles("topics/diplomacy/index.html"));
        // The term's articles of March, paginated the same way under the term's month.
        Assert.Equal(["Diplomacy story 5", "Diplomacy story 4"], built.ListedTitles("topics/diplomacy/2024/03/index.html"));
        Assert.Equal(["Diplomacy story 2", "Diplomacy story 1"], built.ListedTitles("topics/diplomacy/2024/03/page/1/index.html"));
        Assert.Equal(["Diplomacy story 4", "Diplomacy story 3"], built.ListedTitles("topics/diplomacy/2024/03/page/2/index.html"));
        Assert.Equal(["Diplomacy story 5"], built.ListedTitles("topics/diplomacy/2024/03/page/3/index.html"));
        var firstPage = built.Text("topics/diplomacy/2024/03/page/1/index.html");

        site.Write("content/2024/03/story-6.txt", Articles.Wire("Diplomacy story 6", new DateTime(2024, 3, 6, 10, 0, 0), body: "The ambassador spoke."));
        var rebuilt = site.Build();
        Assert.Equal(firstPage, rebuilt.Text("topics/diplomacy/2024/03/page/1/index.html"));
        Assert.Equal(["Diplomacy story 6", "Diplomacy story 5"], rebuilt.ListedTitles("topics/diplomacy/2024/03/page/3/index.html"));
        Assert.Equal([], rebuilt.BrokenInternalLinks());
    }

    [Fact]
    public void Same_slug_on_one_day_gets_distinct_stable_urls_with_a_warning()
    {
        using var site = TestSite.With(
            ("content/2024/05/one.txt", Articles.Wire("Floods hit the south", new DateTime(2024, 5, 2, 8, 0, 0))),
            ("content/2024/05/two.txt", Articles.Wire("Floods hit the south", new DateTime(2024, 5, 2, 18, 0, 0))));
        var built = site.Build();

        Assert.True(built.Exists("2024/05/02/floods-hit-the-south/index.html"));
        var pages = built.Files().Where(f => f.StartsWith("2024/05/02/floods-hit-the-south", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Contains(built.Result.Diagnostics, d => d.Message.Contains("has the slug", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_article_is_named_and_the_others_are_published()
    {
        using var site = TestSite.With(
            ("content/good.txt", Articles.Wire("A good story", new DateTime(2024, 6, 1, 12, 0, 0))),
            ("content/bad.txt", "\n\n   \n"));
        var built = site.Build();

        Assert.Contains(built.Errors, d => d.Location.Path.EndsWith("bad.txt", StringComparison.Ordinal));
        Assert.True(built.Exists("2024/06/01/a-good-story/index.html"));
        Assert.False(built.Result.Succeeded);
    }

    [Fact]
    public void User_templates_override_the_default_theme_file_by_file()
    {
        using var site = TestSite.With(
            ("content/a.txt", Articles.Wire("Override check", new DateTime(2024, 7, 1, 12, 0, 0))),
            ("templates/home.html", "<h1>Custom home</h1><p>{{ articles.size }} latest</p>"));
        var built = site.Build();

        Assert.Empty(built.Errors);
        built.AssertFile("index.html", "<h1>Custom home</h1><p>1 latest</p>");
        built.AssertFile("index.html", "<!DOCTYPE html>");
        built.AssertFile("2024/07/01/override-check/index.html", "class=\"article\"");
    }

    [Fact]
    public void A_template_error_names_file_line_and_column_and_writes_nothing()
    {
        using var site = TestSite.With(
            ("content/a.txt", Articles.Wire("Template error", new DateTime(2024, 7, 1, 12, 0, 0))),
            ("templates/home.html", "<h1>ok</h1>\n{{ for x in }}\n"));
        var built = site.Build();

        Assert.NotEmpty(built.Errors);
        Assert.All(built.Errors, error => Assert.EndsWith("templates/home.html", error.Location.Path));
        Assert.Equal(2, built.Errors.First().Location.Line);
        Assert.False(Directory.Exists(built.Output));
    }

    [Fact]
    public void Hostile_titles_are_escaped_everywhere()
    {
        const string title = "Ministers say \"<script>alert(1)</script>\" & <img src=x onerror=alert(2)>";
        using var site = TestSite.With(("content/a.txt", Articles.Wire(title, new DateTime(2024, 8, 1, 12, 0, 0))));
        var built = site.Build();

        foreach (var file in built.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = built.Text(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.Contains(built.Html("index.html").QuerySelectorAll(".article-item-title a"), a => a.TextContent == title);
    }
}
