using Archive.Search;
using Archive.Site;
using static Archive.Tests.Search.SearchIndexUpdateTests;

namespace Archive.Tests.Search;

/// <summary><see cref="DocumentShift"/> against a brute-force alignment of two document lists by entry.</summary>
public class DocumentShiftTests
{
    private static List<ArticleEntry> OldestFirst(IEnumerable<ArticleEntry> entries) => [.. SyntheticArchive.Site(entries).Articles.Reverse()];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Ids_move_as_the_entries_do_and_postings_map_to_their_new_ids(int seed)
    {
        var random = new Random(seed);
        var vocabulary = new SearchVocabulary();
        var entries = Enumerable.Range(0, 120).Select(n => Article(vocabulary, random, n, Start.AddHours(random.Next(0, 5000)), FirstTopics)).ToList();
        var after = entries.ToList();
        // Inserted anywhere in time (some at the very same time as another), removed, and read again (a new entry in place).
        for (var n = random.Next(1, 4); n > 0; n--)
            after.Add(Article(vocabulary, random, 1000 + n, random.Next(3) == 0 ? after[random.Next(after.Count)].Published : Start.AddHours(random.Next(0, 5000)), FirstTopics));
        for (var n = random.Next(0, 4); n > 0; n--) after.RemoveAt(random.Next(after.Count));
        for (var n = random.Next(0, 3); n > 0; n--)
        {
            var i = random.Next(after.Count);
            after[i] = after[i] with { Title = after[i].Title + " again" };
        }
        var (before, now) = (OldestFirst(entries), OldestFirst(after));

        var shift = DocumentShift.Between(before, now, limit: 100);

        Assert.NotNull(shift);
        var newIdOf = now.Select((entry, id) => (entry, id)).ToDictionary(p => p.entry, p => p.id, new EntryIdentity());
        Assert.Equal(Enumerable.Range(0, before.Count).Where(id => !newIdOf.ContainsKey(before[id])), shift.Dropped);
        var oldIds = before.Select((entry, id) => (entry, id)).ToDictionary(p => p.entry, p => p.id, new EntryIdentity());
        Assert.Equal(Enumerable.Range(0, now.Count).Where(id => !oldIds.ContainsKey(now[id])), shift.Arrived);
        foreach (var (entry, oldId) in oldIds)
        {
            if (!newIdOf.TryGetValue(entry, out var newId)) continue;
            Assert.Equal(newId, shift.NewId(oldId));
            Assert.Equal(oldId, shift.OldId(newId));
            if (oldId < shift.FirstAffected) Assert.Equal(oldId, newId);
        }
        Assert.True(shift.FirstAffected <= before.Count);

        // A term's postings: a random subset of the old ids from the first affected one on, with fields, and arrivals.
        var tail = Enumerable.Range(shift.FirstAffected, Math.Max(0, before.Count - shift.FirstAffected))
            .Where(_ => random.Next(2) == 0).Select(id => id << 2 | random.Next(1, 4)).ToArray();
        var arrivals = shift.Arrived.Where(_ => random.Next(2) == 0).Select(id => id << 2 | 3).ToArray();
        var expected = tail.Where(p => newIdOf.ContainsKey(before[p >> 2]))
            .Select(p => newIdOf[before[p >> 2]] << 2 | (p & 3)).Concat(arrivals).Order().ToArray();
        var mapped = new int[tail.Length + arrivals.Length];
        var count = shift.Map(tail, arrivals, mapped);
        Assert.Equal(expected, mapped[..count]);
    }

    [Fact]
    public void Too_many_changes_give_no_shift()
    {
        var random = new Random(9);
        var vocabulary = new SearchVocabulary();
        var entries = Enumerable.Range(0, 40).Select(n => Article(vocabulary, random, n, Start.AddHours(n), FirstTopics)).ToList();
        var before = OldestFirst(entries);

        Assert.Null(DocumentShift.Between(before, before.Skip(6).ToList(), limit: 5));
        Assert.NotNull(DocumentShift.Between(before, before.Skip(5).ToList(), limit: 5));
    }

    private sealed class EntryIdentity : IEqualityComparer<ArticleEntry>
    {
        public bool Equals(ArticleEntry? x, ArticleEntry? y) => ReferenceEquals(x, y);
        public int GetHashCode(ArticleEntry obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
