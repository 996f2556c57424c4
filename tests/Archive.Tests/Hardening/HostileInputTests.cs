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

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        if (hostile.File is not null)
        {
            Assert.Contains(built.Result.Diagnostics, d =>
                d.Location.Path.EndsWith(hostile.File, StringComparison.Ordinal)
                && (hostile.Severity is null || d.Severity == hostile.Severity)
                && d.Message.Contains(hostile.Message, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(hostile.SiteStillBuilds, built.Exists("2024/06/01/the-good-article/index.html"));
    }
}
