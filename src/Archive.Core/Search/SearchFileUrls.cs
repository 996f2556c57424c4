using System.Globalization;
using Archive.Site;

namespace Archive.Search;

/// <summary>
/// The URLs of the index files, made once and shared by the indexes updated from one another: every build lists some
/// 60,000 files at 100k articles, and a file's URL never changes (a term's own file is named by the term's text).
/// Races only make the same string twice.
/// </summary>
internal sealed class SearchFileUrls(int shardBits)
{
    private readonly string?[] shards = new string?[1 << shardBits];
    private string?[] terms = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Year, int Chunk), string> chunks = new();

    public int ShardBits => shardBits;

    public string Shard(int shard) => shards[shard] ??= Urls.SearchFile($"s/{SearchIndex.ShardName(shard, shardBits)}.json");

    public string Term(int id, string term)
    {
        var known = Grown(ref terms, id);
        return known[id] ??= Urls.SearchFile($"t/{SearchIndex.TermFileName(term)}.json");
    }

    /// <summary>The <paramref name="chunk"/>-th chunk of the year's documents (by rank within the year).</summary>
    public string Chunk(int year, int chunk) => chunks.GetOrAdd((year, chunk), static key =>
        Urls.SearchFile(string.Create(CultureInfo.InvariantCulture, $"d/{key.Year}-{key.Chunk}.json")));

    /// <summary>The array, replaced by a longer copy when <paramref name="index"/> is past its end.</summary>
    private static string?[] Grown(ref string?[] array, int index)
    {
        var current = Volatile.Read(ref array);
        while (index >= current.Length)
        {
            var grown = new string?[Math.Max(index + 1, current.Length * 2)];
            current.CopyTo(grown, 0);
            var seen = Interlocked.CompareExchange(ref array, grown, current);
            current = ReferenceEquals(seen, current) ? grown : seen;
        }
        return current;
    }
}
