using System.Globalization;
using System.Numerics;
using Archive.Site;

namespace Archive.Search;

/// <summary>
/// One file of the search index: its site-relative URL and how to produce its bytes. <paramref name="Unchanged"/>: the
/// bytes are exactly those of the file at the same URL in the index this one was updated from (never after a build).
/// </summary>
public sealed record SearchIndexFile(string Url, Func<byte[]> Content, bool Unchanged = false);

/// <summary>How an index was made: built afresh, or from the previous one by appending and editing in place, by shifting
/// ids, or by a build compared with it.</summary>
internal enum SearchIndexOrigin { Built, Updated, Shifted, Rebuilt }

/// <summary>
/// The static search index of a site, split so a query fetches a bounded amount: a small manifest, one shard per term
/// (terms hashed into <c>2^ShardBits</c> shards), a file of its own for each common term, one file per topic, and the
/// document table in chunks of <see cref="ChunkSize"/> articles of one year (named by the year and their rank in it, so an
/// article inserted in the past shifts only its own year's chunks). Document ids count from the oldest article, so a newer
/// article only adds ids (see <see cref="Update"/>). Pure and immutable: built from the site model and the terms gathered
/// while reading.
/// </summary>
public sealed partial class SearchIndex
{
    public const int ChunkSize = 8;
    /// <summary>Terms in at least this many articles get a file of their own, so shards stay small.</summary>
    public const int OwnFileThreshold = 200;

    private readonly SiteModel site;
    private readonly IReadOnlyList<ArticleEntry> documents;
    private readonly SearchVocabulary vocabulary;
    private readonly IReadOnlyList<string> terms;
    /// <summary>By term id: <c>docId &lt;&lt; 2 | field</c> ascending; none for a term no document has.</summary>
    private readonly TermPostings[] postings;
    /// <summary>By shard: its term ids in term-text order.</summary>
    private readonly int[][] shards;
    private readonly TopicPostings topics;
    /// <summary>What is byte-identical to the index this one was updated from; null after a build.</summary>
    private readonly Reuse? reuse;
    private readonly SearchFileUrls urls;
    private readonly YearRanges years;

    public int ShardBits { get; }

    /// <summary>How this index was made from the one before it, if it was (for tests and measurements).</summary>
    internal SearchIndexOrigin Origin { get; private init; }
    public int DocumentCount => documents.Count;

    private SearchIndex(SiteModel site, IReadOnlyList<ArticleEntry> documents, SearchVocabulary vocabulary, IReadOnlyList<string> terms,
        TermPostings[] postings, int[][] shards, TopicPostings topics, YearRanges years, SearchFileUrls urls, Reuse? reuse)
    {
        this.site = site;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.postings = postings;
        this.shards = shards;
        this.topics = topics;
        this.reuse = reuse;
        this.urls = urls;
        this.years = years;
        ShardBits = urls.ShardBits;
    }

    /// <summary>Inverts the articles' term lists into postings, in document-id order.</summary>
    public static SearchIndex Build(SiteModel site) => Build(site, knownUrls: null);

    /// <summary>A build whose file URLs are taken from <paramref name="knownUrls"/> when the shard count is theirs.</summary>
    private static SearchIndex Build(SiteModel site, SearchFileUrls? knownUrls)
    {
        var documents = site.Articles.Reverse().ToList();
        var vocabulary = documents.Select(d => d.SearchTerms?.Vocabulary).FirstOrDefault(v => v is not null) ?? new SearchVocabulary();
        // Terms loaded from the build cache are interned on first use: all of them before the vocabulary is taken.
        Parallel.ForEach(documents, document => _ = document.SearchTerms?.Count);
        var terms = vocabulary.Snapshot();
        var counts = new int[terms.Count];
        foreach (var document in documents)
        {
            if (document.SearchTerms is not { } list) continue;
            if (!ReferenceEquals(list.Vocabulary, vocabulary))
                throw new InvalidOperationException("all articles of a site must share one search vocabulary");
            foreach (var code in list.Codes) counts[SearchTerms.TermId(code)]++;
        }
        var postings = new TermPostings[terms.Count];
        var items = new int[terms.Count][];
        for (var t = 0; t < terms.Count; t++)
        {
            var buffer = counts[t] > 0 ? PostingBuffer.WithRoom(counts[t]) : null;
            postings[t] = new TermPostings(buffer, counts[t]);
            items[t] = buffer?.Items ?? [];
        }
        Array.Clear(counts);
        for (var id = 0; id < documents.Count; id++)
        {
            if (documents[id].SearchTerms is not { } list) continue;
            foreach (var code in list.Codes)
            {
                var term = SearchTerms.TermId(code);
                items[term][counts[term]++] = id << 2 | (code & 3);
            }
        }
        var shardBits = ShardBitsFor(documents.Count);
        return new SearchIndex(site, documents, vocabulary, terms, postings, BuildShards(terms, postings, shardBits),
            TopicPostings.Build(site), YearRanges.Of(documents),
            knownUrls is { } urls && urls.ShardBits == shardBits ? urls : new SearchFileUrls(shardBits), reuse: null);
    }

    private static int[][] BuildShards(IReadOnlyList<string> terms, TermPostings[] postings, int shardBits)
    {
        var members = Enumerable.Range(0, 1 << shardBits).Select(_ => new List<int>()).ToArray();
        for (var id = 0; id < terms.Count; id++)
            if (postings[id].Count > 0) members[Shard(terms[id], shardBits)].Add(id);
        return members.Select(shard => shard.OrderBy(id => terms[id], StringComparer.Ordinal).ToArray()).ToArray();
    }

    /// <summary>The document id of an article of <paramref name="site"/>: ids count from the oldest.</summary>
    internal static int IdOf(SiteModel site, ArticleEntry entry) => site.Articles.Count - 1 - site.IndexOf(entry);

    /// <summary>About a dozen articles per shard, 16 to 8192 shards: the count changes only when the archive doubles.</summary>
    public static int ShardBitsFor(int documentCount) =>
        Math.Clamp(BitOperations.Log2((uint)Math.Max(1, documentCount / 12) - 1) + 1, 4, 13);

    public static int Shard(string term, int shardBits) => (int)(SearchText.Hash(term) & ((1u << shardBits) - 1));

    public static string ShardName(int shard, int shardBits) =>
        shard.ToString("x" + ((shardBits + 3) / 4).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A common term's own file name: the hex of its UTF-8 bytes, safe and unique for any term.</summary>
    public static string TermFileName(string term) => Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(term));

    /// <summary>Every file of the index, each produced on demand (they are independent, so they render in parallel).</summary>
    public IEnumerable<SearchIndexFile> Files()
    {
        yield return new(Urls.SearchFile("meta.json"), () => SearchJson.Manifest(this, site, years));
        for (var shard = 0; shard < shards.Length; shard++)
        {
            if (shards[shard].Length == 0) continue;
            var members = shards[shard];
            yield return new(urls.Shard(shard),
                () => SearchJson.Shard(members.Select(id => (terms[id], ShardValue(id)))),
                reuse is not null && !reuse.ChangedShards.Contains(shard));
        }
        for (var id = 0; id < postings.Length; id++)
        {
            if (postings[id] is not { Count: >= OwnFileThreshold } list) continue;
            yield return new(urls.Term(id, terms[id]), () => list.Json(),
                reuse is not null && !reuse.ChangedTerms.Contains(id));
        }
        foreach (var topic in site.Terms[TermKind.Topic])
        {
            var list = topics.For(topic);
            yield return new(Urls.SearchFile($"topic/{topic.Slug}.json"), () => PostingEncoding.EncodeJson(list.Value),
                reuse is not null && reuse.UnchangedTopics.Contains(topic.Slug));
        }
        foreach (var (year, ids) in years.Documents())
        {
            for (var chunk = 0; chunk * ChunkSize < ids.Length; chunk++)
            {
                var members = Chunk(ids, chunk);
                yield return new(urls.Chunk(year, chunk), () => SearchJson.Documents(members.Select(id => documents[id])),
                    reuse is not null && reuse.UnchangedChunks.Contains((year, chunk)));
            }
        }
    }

    /// <summary>The ids of a year's <paramref name="chunk"/>-th chunk, from the year's ids.</summary>
    private static ArraySegment<int> Chunk(int[] yearIds, int chunk) =>
        new(yearIds, chunk * ChunkSize, Math.Min(ChunkSize, yearIds.Length - chunk * ChunkSize));

    /// <summary>The postings of a term, or "@" and its article count when they live in the term's own file (the script
    /// fetches only the rarest few common terms of a query, which bounds its download).</summary>
    private string ShardValue(int termId)
    {
        var list = postings[termId];
        return list.Count >= OwnFileThreshold
            ? "@" + list.Count.ToString(CultureInfo.InvariantCulture)
            : PostingEncoding.Encode(list.Span);
    }
}
