using Archive.Search;
using Archive.Site;

namespace Archive.Tests.Search;

/// <summary><see cref="SearchIndex.Update"/> must give exactly the files of a build, and mark Unchanged only files it did not change.</summary>
public class SearchIndexUpdateTests
{
    internal static readonly DateTimeOffset Start = new(2023, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
    internal static readonly string[] FirstTopics = ["Trade", "Economy", "Sport", "Health"];
    // "-Trade" takes the slug "trade" from "Trade" (it sorts first), "trade" joins "Trade": names arriving late.
    private static readonly string[] LaterTopics = ["Volcanoes", "-Trade", "trade", "Space"];

    internal sealed record IndexFile(string Url, byte[] Bytes, bool Unchanged);

    internal static List<IndexFile> Produce(SearchIndex index) =>
        index.Files().Select(f => new IndexFile(f.Url, f.Content(), f.Unchanged)).ToList();

    /// <summary>A short article over a 300-word vocabulary, so terms get common fast; "alpha" is in every title, and every
    /// article has a word of its own.</summary>
    internal static ArticleEntry Article(SearchVocabulary vocabulary, Random random, int number, DateTimeOffset published, IReadOnlyList<string> topics)
    {
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count)
            .Select(_ => SyntheticArchive.Word((int)Math.Min(299, Math.Exp(random.NextDouble() * Math.Log(300)) - 1))));
        var chosen = Enumerable.Range(0, random.Next(0, 3)).Select(_ => topics[random.Next(topics.Count)]).Distinct().ToList();
        return SyntheticArchive.Entry(vocabulary, number, published, "Alpha " + Words(3), Words(8),
            $"{Words(random.Next(3, 40))} only{number}", chosen, "Xinhua");
    }

    /// <summary>Checks the update against a build and the previous files; returns the update's files.</summary>
    internal static List<IndexFile> AssertUpdateEqualsBuild(SearchIndex previous, List<IndexFile> previousFiles, SearchIndex updated, SiteModel site)
    {
        var built = Produce(SearchIndex.Build(site));
        var files = Produce(updated);
        Assert.Equal(built.Select(f => f.Url), files.Select(f => f.Url));
        for (var i = 0; i < built.Count; i++) Assert.True(built[i].Bytes.AsSpan().SequenceEqual(files[i].Bytes), $"{files[i].Url} differs from a build");
        Assert.DoesNotContain(built, f => f.Unchanged);

        var before = previousFiles.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Unchanged))
            Assert.True(before.TryGetValue(file.Url, out var old) && old.AsSpan().SequenceEqual(file.Bytes), $"{file.Url} is marked Unchanged but is not");
        // The previous index is shared with the update, and must still give its own files.
        Assert.Equal(previousFiles.Select(f => Convert.ToBase64String(f.Bytes)), Produce(previous).Select(f => Convert.ToBase64String(f.Bytes)));
        return files;
    }

    /// <summary>An edit of an entry, as serve reads it again after a typo fix: a new entry at the same URL and time, with new
    /// words (and maybe without the word of its own, which then disappears), a new lede and maybe other topics.</summary>
    private static ArticleEntry Edit(SearchVocabulary vocabulary, Random random, ArticleEntry entry, IReadOnlyList<string> topics, bool alpha)
    {
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => SyntheticArchive.Word(random.Next(300))));
        var title = random.Next(3) == 0 && entry.Title.StartsWith("Alpha ", StringComparison.Ordinal) == alpha
            ? entry.Title
            : (alpha ? "Alpha " : "Beta ") + Words(3);
        var lede = random.Next(3) == 0 ? entry.Summary : Words(8);
        var body = Words(random.Next(3, 40)) + (random.Next(2) == 0 ? " only" + Path.GetFileNameWithoutExtension(entry.SourcePath) : "");
        var chosen = random.Next(2) == 0 ? entry.Terms.Topics
            : Enumerable.Range(0, random.Next(0, 3)).Select(_ => topics[random.Next(topics.Count)]).Distinct().ToList();
        return entry with
        {
            Title = title,
            Summary = lede,
            Terms = entry.Terms with { Topics = chosen },
            SearchTerms = vocabulary.Collect(title, lede, [body]),
        };
    }

    private static HashSet<string> ShardTerms(List<IndexFile> files) =>
        files.Where(f => f.Url.StartsWith("/search/s/", StringComparison.Ordinal))
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(f.Bytes).RootElement.EnumerateObject().Select(p => p.Name))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every file but the manifest is marked Unchanged exactly when its bytes are those of the file before.</summary>
    internal static void AssertUnchangedIsExact(List<IndexFile> previousFiles, List<IndexFile> files)
    {
        var before = previousFiles.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Url != "/search/meta.json"))
        {
            var same = before.TryGetValue(file.Url, out var old) && old.AsSpan().SequenceEqual(file.Bytes);
            Assert.True(same == file.Unchanged, $"{file.Url} is {(same ? "the same" : "changed")} but {(file.Unchanged ? "" : "not ")}marked Unchanged");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Appending_inserting_removing_and_editing_articles_step_by_step_gives_the_files_of_a_build(int seed)
    {
        var random = new Random(seed);
        var vocabulary = new SearchVocabulary();
        var topics = FirstTopics.ToList();
        var entries = new List<ArticleEntry>();
        var newest = Start;
        var serial = 0;
        for (; serial < 185 + seed * 2; serial++)
        {
            var published = Start.AddMinutes(random.Next(0, 300 * 24 * 60));
            newest = published > newest ? published : newest;
            entries.Add(Article(vocabulary, random, serial, published, topics));
        }
        var site = SyntheticArchive.Site(entries);
        var index = SearchIndex.Build(site);
        var files = Produce(index);
        bool sawOwnFileAppear = false, sawNewTopic = false, sawNewYear = false, sawShardCountChange = false, sawAppend = false;
        bool sawEditInPlace = false, sawTermVanish = false, sawOwnFileLeaveByEdit = false, sawOwnFileJoinByEdit = false;
        bool sawBackDated = false, sawRemoval = false, sawShiftKeepingChunks = false, sawShiftKeepingOthers = false;
        var alphaOwnFile = $"/search/t/{SearchIndex.TermFileName("alpha")}.json";
        var (alphaDropped, alphaRestored) = (false, false);
        var shifts = 0;

        while (entries.Count < 215)
        {
            var alphas = entries.Count(e => e.Title.StartsWith("Alpha ", StringComparison.Ordinal));
            var editOnly = false;
            var unedited = entries.ToList();
            var (backDated, removed, removeNewest) = (0, 0, false);
            // "alpha" (in every title but edited ones) crosses the own-file threshold by edits: down once, then up again.
            if (!alphaDropped && alphas >= SearchIndex.OwnFileThreshold)
            {
                var withAlpha = entries.Select((e, i) => (e, i)).Where(p => p.e.Title.StartsWith("Alpha ", StringComparison.Ordinal)).ToList();
                foreach (var (entry, i) in withAlpha.Take(alphas - SearchIndex.OwnFileThreshold + 1))
                    entries[i] = Edit(vocabulary, random, entry, topics, alpha: false);
                (alphaDropped, editOnly) = (true, true);
            }
            else if (alphaDropped && !alphaRestored && alphas == SearchIndex.OwnFileThreshold - 1)
            {
                alphaRestored = true;
                var i = entries.FindIndex(e => !e.Title.StartsWith("Alpha ", StringComparison.Ordinal));
                entries[i] = Edit(vocabulary, random, entries[i], topics, alpha: true);
                editOnly = true;
            }
            else
            {
                // Half of these steps shift ids, in turn: articles inserted in the past, the newest removed (alone: it shifts no
                // id, so files of terms and topics it lacks are kept), articles removed, both; alone or with edits and appends.
                var shift = random.Next(2) == 0 ? shifts++ % 4 : -1;
                backDated = shift is 0 or 3 ? random.Next(1, 3) : 0;
                removed = shift is 1 ? 1 : shift is 2 or 3 ? random.Next(1, 3) : 0;
                removeNewest = shift == 1;
                var alone = shift == 1 || (shift >= 0 && random.Next(2) == 0);
                for (var edits = alone ? 0 : random.Next(0, 3); edits > 0; edits--)
                {
                    var i = random.Next(entries.Count);
                    entries[i] = Edit(vocabulary, random, entries[i], topics, alpha: entries[i].Title.StartsWith("Alpha ", StringComparison.Ordinal));
                }
                editOnly = alone || random.Next(4) == 0;
            }
            for (var n = 0; n < removed; n++)
                entries.RemoveAt(removeNewest ? entries.Select((e, i) => (e.Published, i)).Max().i : random.Next(entries.Count));
            for (var n = 0; n < backDated; n++)
            {
                var published = Start.AddMinutes(random.NextInt64(0, (long)(newest - Start).TotalMinutes));
                entries.Add(Article(vocabulary, random, serial++, published, topics));
            }
            if (random.Next(3) == 0 && topics.Count < FirstTopics.Length + LaterTopics.Length) topics.Add(LaterTopics[topics.Count - FirstTopics.Length]);
            for (var added = editOnly ? 0 : random.Next(1, 4); added > 0; added--)
            {
                newest = newest.AddMinutes(random.Next(1, 3_000)).AddDays(random.Next(8) == 0 ? 200 : 0);
                entries.Add(Article(vocabulary, random, serial++, newest, topics));
            }
            var previousSite = site;
            site = SyntheticArchive.Site(entries);
            var updated = SearchIndex.Update(index, site);
            var updatedFiles = AssertUpdateEqualsBuild(index, files, updated, site);
            AssertUnchangedIsExact(files, updatedFiles);

            var before = files.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
            var shifted = backDated + removed > 0;
            // Ids that shift are moved in place, not built again, unless the shard count changes.
            if (shifted && updated.ShardBits == index.ShardBits) Assert.Equal(SearchIndexOrigin.Shifted, updated.Origin);
            if (updated.ShardBits == index.ShardBits && !shifted)
            {
                sawEditInPlace |= !unedited.SequenceEqual(entries.Take(unedited.Count), ReferenceEqualityComparer.Instance) && updatedFiles.Any(f => f.Unchanged);
                sawTermVanish |= ShardTerms(files).Except(ShardTerms(updatedFiles)).Any();
                sawOwnFileLeaveByEdit |= editOnly && before.ContainsKey(alphaOwnFile) && updatedFiles.All(f => f.Url != alphaOwnFile);
                sawOwnFileJoinByEdit |= editOnly && !before.ContainsKey(alphaOwnFile) && updatedFiles.Any(f => f.Url == alphaOwnFile);
            }
            sawShardCountChange |= updated.ShardBits != index.ShardBits;
            sawBackDated |= backDated > 0;
            sawRemoval |= removed > 0;
            sawShiftKeepingChunks |= shifted && updatedFiles.Any(f => f.Unchanged && f.Url.StartsWith("/search/d/", StringComparison.Ordinal));
            sawShiftKeepingOthers |= shifted && updatedFiles.Any(f => f.Unchanged && !f.Url.StartsWith("/search/d/", StringComparison.Ordinal));
            var newUrls = updatedFiles.Select(f => f.Url).Where(url => !before.ContainsKey(url)).ToList();
            sawOwnFileAppear |= newUrls.Any(url => url.StartsWith("/search/t/", StringComparison.Ordinal));
            sawNewTopic |= newUrls.Any(url => url.StartsWith("/search/topic/", StringComparison.Ordinal));
            sawNewYear |= site.Years.Count > previousSite.Years.Count;
            sawAppend |= updated.ShardBits == index.ShardBits && !shifted && updated.DocumentCount > index.DocumentCount;
            (index, files) = (updated, updatedFiles);
        }
        Assert.True(sawOwnFileAppear, "no term reached the own-file threshold");
        Assert.True(sawNewTopic, "no new topic");
        Assert.True(sawShardCountChange, "the shard count never changed");
        Assert.True(sawNewYear || seed > 3, "no new year");
        Assert.True(sawAppend, "never appended");
        Assert.True(sawEditInPlace, "never updated in place");
        Assert.True(sawTermVanish, "no term disappeared by an edit");
        Assert.True(sawOwnFileLeaveByEdit, "no term dropped below the own-file threshold by an edit");
        Assert.True(sawOwnFileJoinByEdit, "no term reached the own-file threshold by an edit");
        Assert.True(sawBackDated && sawRemoval, "never inserted in the past or removed");
        Assert.True(sawShiftKeepingChunks, "no shift kept a chunk");
        Assert.True(sawShiftKeepingOthers, "no shift kept a shard, term or topic file");
    }

    private static (SearchVocabulary Vocabulary, List<ArticleEntry> Entries) Sample(int count)
    {
        var random = new Random(11);
        var vocabulary = new SearchVocabulary();
        var entries = Enumerable.Range(0, count).Select(n => Article(vocabulary, random, n, Start.AddHours(n * 7), FirstTopics)).ToList();
        return (vocabulary, entries);
    }

    [Fact]
    public void An_edited_article_changes_only_the_files_of_its_changed_terms_its_chunk_and_the_manifest()
    {
        var (vocabulary, entries) = Sample(60);
        var previous = SearchIndex.Build(SyntheticArchive.Site(entries));
        var edited = entries.ToList();
        edited[20] = edited[20] with { Title = "Edited quokka", SearchTerms = vocabulary.Collect("Edited quokka", edited[20].Summary, ["body"]) };
        var site = SyntheticArchive.Site(edited);
        var files = AssertUpdateEqualsBuild(previous, Produce(previous), SearchIndex.Update(previous, site), site);

        // Sixty articles one after another: the edited one keeps id 20, in chunk 2 of 2023; no term has a file of its own yet.
        var before = entries[20].SearchTerms!.ToList();
        var after = edited[20].SearchTerms!.ToList();
        var shardsOfChangedTerms = before.Except(after).Concat(after.Except(before))
            .Select(t => $"/search/s/{SearchIndex.ShardName(SearchIndex.Shard(t.Term, previous.ShardBits), previous.ShardBits)}.json");
        var changed = files.Where(f => !f.Unchanged).Select(f => f.Url).Order(StringComparer.Ordinal);
        Assert.Equal(shardsOfChangedTerms.Append("/search/meta.json").Append("/search/d/2023-2.json").Distinct().Order(StringComparer.Ordinal), changed);
    }

    [Fact]
    public void Appending_one_article_marks_the_old_chunks_and_the_files_of_terms_it_lacks_unchanged()
    {
        var (vocabulary, entries) = Sample(60);
        var previous = SearchIndex.Build(SyntheticArchive.Site(entries));
        var newest = SyntheticArchive.Entry(vocabulary, 500, Start.AddDays(30), "Quokka census", "Rangers counted quokkas.", "Island families.", [], "AP");
        var site = SyntheticArchive.Site([.. entries, newest]);
        var files = AssertUpdateEqualsBuild(previous, Produce(previous), SearchIndex.Update(previous, site), site);

        // Sixty articles: no term has a file of its own yet, and the new id 60 falls in chunk 7 of 2023.
        var changed = files.Where(f => !f.Unchanged).Select(f => f.Url).Order(StringComparer.Ordinal);
        var shardsOfItsTerms = newest.SearchTerms!.ToList()
            .Select(t => $"/search/s/{SearchIndex.ShardName(SearchIndex.Shard(t.Term, previous.ShardBits), previous.ShardBits)}.json");
        Assert.Equal(shardsOfItsTerms.Append("/search/meta.json").Append("/search/d/2023-7.json").Distinct().Order(StringComparer.Ordinal), changed);
        Assert.All(files.Where(f => f.Url.StartsWith("/search/topic/", StringComparison.Ordinal)), f => Assert.True(f.Unchanged));
    }

    [Fact]
    public void Two_updates_of_one_index_do_not_disturb_each_other_or_it()
    {
        var (vocabulary, entries) = Sample(60);
        var random = new Random(8);
        var previous = SearchIndex.Build(SyntheticArchive.Site(entries));
        var previousFiles = Produce(previous);
        var one = Article(vocabulary, random, 100, Start.AddDays(40), ["Trade"]);
        var other = Article(vocabulary, random, 101, Start.AddDays(41), ["Sport"]);
        var first = SyntheticArchive.Site([.. entries, one]);
        var second = SyntheticArchive.Site([.. entries, other, one]);
        var firstUpdate = SearchIndex.Update(previous, first);
        var secondUpdate = SearchIndex.Update(previous, second);
        AssertUpdateEqualsBuild(previous, previousFiles, secondUpdate, second);
        AssertUpdateEqualsBuild(previous, previousFiles, firstUpdate, first);
        AssertUpdateEqualsBuild(firstUpdate, Produce(firstUpdate), SearchIndex.Update(firstUpdate, second), second);
    }

    [Fact]
    public void An_update_without_new_articles_changes_only_the_manifest()
    {
        var (_, entries) = Sample(60);
        var previous = SearchIndex.Build(SyntheticArchive.Site(entries));
        var site = SyntheticArchive.Site(entries);
        var files = AssertUpdateEqualsBuild(previous, Produce(previous), SearchIndex.Update(previous, site), site);
        Assert.Equal(["/search/meta.json"], files.Where(f => !f.Unchanged).Select(f => f.Url));
    }
}
