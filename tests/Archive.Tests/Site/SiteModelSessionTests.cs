using Archive.Model;
using Archive.Site;

namespace Archive.Tests.Site;

/// <summary>
/// A session's model is patched from the previous model (order, URL collisions, date, term and on-this-day indexes): whatever
/// changed, it must equal a model made afresh, down to every list's entries, every term's spelling, slug and page.
/// </summary>
public sealed class SiteModelSessionTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly SiteConfig Config = SiteConfig.Default with { MinTermCount = 3 };
    // Case variants ("Economy", "economy") are one term spelled the ordinally first way; "Foo Bar" and "Foo-Bar" share a slug.
    private static readonly string[] Topics = ["Economy", "economy", "ECONOMY", "Trade", "Sport", "Foo Bar", "Foo-Bar", "foo bar", "Rare", "Odd One", "Economy-1", "economy-2"];
    // "ECONOMY-2" respells the term "economy-2"; "$Sport" sorts before "Sport" and takes its slug, moving it to "sport-2".
    private static readonly string[] RareTopics = ["ECONOMY-0", "ECONOMY-1", "ECONOMY-2", "$Sport"];
    private static readonly string[] Countries = ["China", "china", "Japan", "Peru"];
    private static readonly string?[] Places = [null, "Beijing", "beijing", "Lima", "Tokyo", "São Paulo", "Sao Paulo"];
    private static readonly string?[] Sources = [null, "Xinhua", "xinhua", "AP", "Reuters"];

    private sealed class Archive(Random random)
    {
        private int next;
        private (ArticleEntry Old, ArticleEntry Edited)? lastEdit;
        public List<ArticleEntry> Entries { get; } = [];

        /// <summary>Few distinct hours over a few weeks: many articles share a day, a time, or (with a shared slug) a URL.</summary>
        public DateTimeOffset AnyTime() => Start.AddHours(random.Next(24 * 40) / 5 * 5);

        public ArticleEntry New(DateTimeOffset published)
        {
            var n = next++;
            var slug = random.Next(6) == 0 ? $"common-{random.Next(3)}" : $"story-{n}";
            return WithDate(new ArticleEntry
            {
                SourcePath = $"content/a{n}.md", Title = $"Story {n}", Slug = slug, Url = "", Published = published, Terms = AnyTerms(),
            }, published);
        }

        // A rare spelling that sorts first ("ODD ONE" before "Odd One") names its term only while an article has it.
        public ArticleTerms AnyTerms() => new(
            Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(120) == 0 ? "ODD ONE" : Topics[random.Next(Topics.Length)]).ToList(),
            Enumerable.Range(0, random.Next(2)).Select(_ => Countries[random.Next(Countries.Length)]).ToList(),
            random.Next(120) == 0 ? "LIMA" : Places[random.Next(Places.Length)], Sources[random.Next(Sources.Length)]);

        public static ArticleEntry WithDate(ArticleEntry entry, DateTimeOffset published) =>
            entry with { Published = published, Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), entry.Slug) };

        public void Change()
        {
            var at = random.Next(Entries.Count);
            switch (random.Next(9))
            {
                case 0: Entries.Add(New(Entries.Max(e => e.Published).AddMinutes(random.Next(1, 90)))); break;
                case 1: Entries.Add(New(AnyTime())); break;
                case 2 when Entries.Count > 20: Entries.RemoveAt(at); break;
                case 3: Entries[at] = Entries[at] with { Title = Entries[at].Title + " (edited)" }; break;
                case 4: Entries[at] = WithDate(Entries[at], AnyTime()); break;
                case 5:
                    // Now and then filed under a spelling no other article has, which names its term until it is undone.
                    var terms = random.Next(2) == 0 ? AnyTerms() : Entries[at].Terms with { Topics = [RareTopics[random.Next(RareTopics.Length)]], Place = "TOKYO" };
                    lastEdit = (Entries[at], Entries[at] = Entries[at] with { Terms = terms });
                    break;
                case 6 when lastEdit is var (old, edited) && Entries.IndexOf(edited) is var index and >= 0:
                    // An edit undone: the very entry of before comes back.
                    Entries[index] = old;
                    lastEdit = null;
                    break;
                case 7:
                    // Another article on the same day with the same slug: one of them is renamed, with a warning.
                    var twin = New(Entries[at].Published.AddMinutes(random.Next(-30, 30)));
                    Entries.Add(WithDate(twin with { Slug = Entries[at].Slug }, twin.Published));
                    break;
                default:
                    // Retitled, so filed under a new slug (or under a shared one).
                    var slug = random.Next(2) == 0 ? $"common-{random.Next(3)}" : $"retitled-{next++}";
                    Entries[at] = WithDate(Entries[at] with { Slug = slug }, Entries[at].Published);
                    break;
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_session_model_equals_a_fresh_model_whatever_changed(int seed)
    {
        var random = new Random(seed);
        var archive = new Archive(random);
        for (var i = 0; i < 300; i++) archive.Entries.Add(archive.New(archive.AnyTime()));
        SiteModel? previous = null;
        for (var step = 0; step < 30; step++)
        {
            // A few changes at a time, now and then many (more than the patch takes on).
            var changes = random.Next(6) == 0 ? 80 : random.Next(1, 5);
            for (var c = 0; c < changes; c++) archive.Change();
            var shuffled = archive.Entries.OrderBy(_ => random.Next()).ToList();
            var sessionDiagnostics = new DiagnosticBag();
            var session = SiteModel.Build(Config, shuffled, sessionDiagnostics, previous: previous);
            var freshDiagnostics = new DiagnosticBag();
            var fresh = SiteModel.Build(Config, shuffled, freshDiagnostics);
            AssertSameModel(fresh, session, $"seed {seed}, step {step}");
            Assert.Equal(freshDiagnostics.Sorted().Select(d => d.ToString()), sessionDiagnostics.Sorted().Select(d => d.ToString()));
            previous = session;
        }
    }

    [Fact]
    public void Lists_no_change_touched_are_the_previous_lists()
    {
        var archive = new Archive(new Random(7));
        for (var i = 0; i < 300; i++) archive.Entries.Add(archive.New(archive.AnyTime()));
        var before = SiteModel.Build(Config, archive.Entries, new DiagnosticBag());
        var newest = archive.New(archive.Entries.Max(e => e.Published).AddHours(1)) with { Terms = new ArticleTerms(["Sport"], [], null, null) };
        var after = SiteModel.Build(Config, [.. archive.Entries, newest], new DiagnosticBag(), previous: before);

        var daysBefore = before.Years.SelectMany(y => y.Months).SelectMany(m => m.Days).ToDictionary(d => d.Date);
        foreach (var day in after.Years.SelectMany(y => y.Months).SelectMany(m => m.Days))
            Assert.Equal(day.Date != newest.LocalDate, daysBefore.TryGetValue(day.Date, out var kept) && ReferenceEquals(kept, day));
        Assert.Same(before.Terms[TermKind.Place], after.Terms[TermKind.Place]);
        var sport = Assert.Single(after.Terms[TermKind.Topic], t => t.Name == "Sport");
        Assert.All(after.Terms[TermKind.Topic].Where(t => t != sport), t => Assert.Contains(t, before.Terms[TermKind.Topic]));
        Assert.Same(newest, sport.Articles[0]);
    }

    private static void AssertSameModel(SiteModel fresh, SiteModel session, string where)
    {
        AssertSameEntries(fresh.Articles, session.Articles, where + ", articles");
        Assert.Equal(fresh.Years.Select(y => y.Year), session.Years.Select(y => y.Year));
        foreach (var (year, sessionYear) in fresh.Years.Zip(session.Years))
        {
            Assert.Equal(year.Months.Select(m => (m.Year, m.Month)), sessionYear.Months.Select(m => (m.Year, m.Month)));
            foreach (var (month, sessionMonth) in year.Months.Zip(sessionYear.Months))
            {
                AssertSameEntries(month.Articles, sessionMonth.Articles, $"{where}, month {month.Url}");
                Assert.Equal(month.Days.Select(d => d.Date), sessionMonth.Days.Select(d => d.Date));
                foreach (var (day, sessionDay) in month.Days.Zip(sessionMonth.Days))
                    AssertSameEntries(day.Articles, sessionDay.Articles, $"{where}, day {day.Url}");
            }
        }
        Assert.Equal(fresh.OnThisDay.Select(d => d.Url), session.OnThisDay.Select(d => d.Url));
        foreach (var (day, sessionDay) in fresh.OnThisDay.Zip(session.OnThisDay))
            AssertSameEntries(day.Articles, sessionDay.Articles, $"{where}, on this day {day.Url}");
        Assert.Equal(fresh.Terms.Keys.Order(), session.Terms.Keys.Order());
        foreach (var (kind, terms) in fresh.Terms)
        {
            var sessionTerms = session.Terms[kind];
            Assert.Equal(terms.Select(t => (t.Kind, t.Name, t.Slug, t.Url, t.HasPage)), sessionTerms.Select(t => (t.Kind, t.Name, t.Slug, t.Url, t.HasPage)));
            foreach (var (term, sessionTerm) in terms.Zip(sessionTerms))
                AssertSameEntries(term.Articles, sessionTerm.Articles, $"{where}, term {term.Key}");
        }
    }

    private static void AssertSameEntries(IReadOnlyList<ArticleEntry> fresh, IReadOnlyList<ArticleEntry> session, string where)
    {
        Assert.True(fresh.Count == session.Count, $"{where}: {session.Count} entries, expected {fresh.Count}");
        for (var i = 0; i < fresh.Count; i++)
            Assert.True(ReferenceEquals(fresh[i], session[i]), $"{where}: entry {i} is {session[i].Url}, expected {fresh[i].Url}");
    }
}
