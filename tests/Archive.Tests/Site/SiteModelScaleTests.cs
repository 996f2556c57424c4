using System.Diagnostics;
using System.Globalization;
using Archive.Model;
using Archive.Site;
using Xunit.Abstractions;

namespace Archive.Tests.Site;

/// <summary>
/// On request only (<c>ARCHIVE_MODEL_MEASURE=100000</c>): the time of a session's model build after one newest article is
/// added, one back-dated is added, or one is deleted, by phase. Not a test: it asserts nothing and does nothing unless asked.
/// </summary>
public class SiteModelScaleTests(ITestOutputHelper output)
{
    private static readonly string[] Topics = ["Diplomacy", "Economy", "Trade", "Sport", "Health", "Science", "Environment", "Culture", "Disaster", "Conflict"];
    private static readonly string[] Sources = ["Xinhua", "China Daily", "Reuters", "AP", "KCNA"];
    private static readonly DateTimeOffset Start = new(2015, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static ArticleEntry Entry(int number, DateTimeOffset published, Random random)
    {
        var slug = "story-" + number.ToString(CultureInfo.InvariantCulture);
        var topics = new[] { Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)] }.Distinct().ToList();
        return new ArticleEntry
        {
            SourcePath = $"content/{number}.txt", Title = $"Story {number}", Slug = slug,
            Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), slug), Published = published,
            Terms = new ArticleTerms(topics, [], "Place " + random.Next(70).ToString(CultureInfo.InvariantCulture), Sources[random.Next(Sources.Length)]),
        };
    }

    [Fact]
    public void SiteModelScale()
    {
        var size = Environment.GetEnvironmentVariable("ARCHIVE_MODEL_MEASURE");
        if (string.IsNullOrEmpty(size)) return;
        var count = int.Parse(size, CultureInfo.InvariantCulture);
        var random = new Random(1);
        var entries = Enumerable.Range(0, count).Select(i => Entry(i, Start.AddMinutes(random.NextInt64(0, 10L * 365 * 24 * 60)), random)).ToList();
        var clock = Stopwatch.StartNew();
        var model = SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag());
        output.WriteLine($"{count} articles: first build {clock.Elapsed.TotalSeconds:F3} s");
        var newest = Start.AddYears(10);
        var number = count;
        Measure("add newest", () =>
        {
            newest = newest.AddMinutes(7);
            entries.Add(Entry(number++, newest, random));
        });
        Measure("add back-dated", () => entries.Add(Entry(number++, Start.AddMinutes(random.NextInt64(0, 10L * 365 * 24 * 60)), random)));
        Measure("delete", () => entries.RemoveAt(random.Next(entries.Count)));

        void Measure(string change, Action makeChange)
        {
            var runs = new List<(double Total, IReadOnlyList<PhaseTime> Phases)>();
            for (var run = 0; run < 7; run++)
            {
                makeChange();
                var phases = new PhaseTimer();
                clock.Restart();
                model = SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag(), phases, model);
                if (run > 1) runs.Add((clock.Elapsed.TotalMilliseconds, phases.Phases));
            }
            output.WriteLine($"{change}, median of {runs.Count}: {Median(runs.Select(r => r.Total)):F1} ms; " + string.Join(", ",
                runs[0].Phases.Select((phase, i) => $"{phase.Phase} {Median(runs.Select(r => r.Phases[i].Wall.TotalMilliseconds)):F1} ms wall " +
                    $"{Median(runs.Select(r => r.Phases[i].Cpu.TotalMilliseconds)):F0} ms CPU")));
            output.WriteLine("all runs (ms): " + string.Join(", ", runs.Select(r => r.Total.ToString("F1", CultureInfo.InvariantCulture))));
        }

        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
    }
}
