using System.Diagnostics;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

public sealed class HostileInputTests
{
    public static TheoryData<HostileCase> Cases()
    {
        var data = new TheoryData<HostileCase>();
        foreach (var hostile in HostileInputCatalogue.All()) data.Add(hostile);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_a_clear_diagnostic_and_the_rest_still_builds(HostileCase hostile)
    {
        using var site = TestSite.With(("content/2024/06/good.txt", Articles.Wire("The good article", new DateTime(2024, 6, 1, 9, 0, 0))));
        hostile.Setup(site);
        var clock = Stopwatch.StartNew();
        var built = site.Build();
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        if (hostile.File is not null)
        {
            Assert.Contains(built.Result.Diagnostics, d =>
                d.Location.Path.EndsWith(hostile.File, StringComparison.Ordinal)
                && (hostile.Severity is null || d.Severity == hostile.Severity)
                && d.Message.Contains(hostile.Message, StringComparison.OrdinalIgnoreCase));
        }
        // No file is read twice (through a link) unless the case is about duplicates.
        if (!hostile.Message.Contains("slug", StringComparison.Ordinal))
            Assert.DoesNotContain(built.Result.Diagnostics, d => d.Message.Contains("has the slug", StringComparison.Ordinal));
        foreach (var file in built.Files().Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
            OutputFormats.AssertWellFormedXml(file, File.ReadAllText(Path.Combine(built.Output, file)));
        foreach (var file in built.Files().Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
            OutputFormats.AssertValidJson(file, File.ReadAllText(Path.Combine(built.Output, file)));
        Assert.Equal(hostile.SiteStillBuilds, built.Exists("2024/06/01/the-good-article/index.html"));
        if (hostile.Published is { } published)
            Assert.True(built.Exists(published), $"{published} not published; errors: {string.Join("; ", built.Errors)}; files: {string.Join(", ", built.Files().Where(f => f.StartsWith("2024/06/02", StringComparison.Ordinal) || f.StartsWith("topics/", StringComparison.Ordinal)))}");
        if (hostile.Severity is null && hostile.File is null)
            Assert.True(!built.Errors.Any(), string.Join("; ", built.Errors));
    }
}
