using System.Text;
using System.Text.Json;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// The query logic of <c>templates/assets/search.js</c> in C#, over the index files in memory: which files a query
/// fetches (and so how many bytes), and the ranked document ids. The browser test checks the script itself.
/// </summary>
internal sealed class SearchQueryPort(IReadOnlyDictionary<string, byte[]> files)
{
    public const int PageSize = 10;
    public const int MaxTerms = 8;
    public const int MaxCommonTerms = 4;
    private static readonly int[] Weights = [0, 1, 3, 10];

    public sealed record Result(IReadOnlyList<int> Ids, IReadOnlyList<JsonElement> Shown, long Bytes, IReadOnlyList<string> Fetched);

    public static SearchQueryPort From(SearchIndex index) =>
        new(index.Files().ToDictionary(f => f.Url, f => f.Content(), StringComparer.Ordinal));

    public Result Run(string query, string? topic = null, int? year = null)
    {
        var fetched = new List<string>();
        long bytes = 0;
        JsonElement? Get(string path)
        {
            var url = "/search/" + path;
            if (!files.TryGetValue(url, out var content)) return null;
            if (!fetched.Contains(url)) { fetched.Add(url); bytes += content.Length; }
            return JsonDocument.Parse(content).RootElement;
        }

        var meta = Get("meta.json") ?? throw new InvalidOperationException("no manifest");
        var documents = meta.GetProperty("documents").GetInt32();
        var bits = meta.GetProperty("shardBits").GetInt32();
        var chunkSize = meta.GetProperty("chunkSize").GetInt32();
        var terms = SearchText.Terms(query.Replace('"', ' ')).Distinct().Take(MaxTerms).ToList();
        var values = terms.Select(term => ShardValue(term, bits, Get)).ToList();
        // Only the rarest few common terms are fetched: a very common word barely narrows the results anyway.
        var skipped = values.Select((value, i) => (Count: CommonCount(value), Index: i))
            .Where(p => p.Count > 0).OrderBy(p => p.Count).ThenBy(p => p.Index)
            .Skip(MaxCommonTerms).Select(p => p.Index).ToHashSet();
        var kept = Enumerable.Range(0, terms.Count).Where(i => !skipped.Contains(i)).ToList();
        var lists = kept.Select(i => CommonCount(values[i]) > 0 ? Get($"t/{SearchIndex.TermFileName(terms[i])}.json")?.GetString() : values[i]).ToList();
        terms = kept.Select(i => terms[i]).ToList();
        if (topic is not null) lists.Add(Get($"topic/{topic}.json")?.GetString());
        var count = new int[documents];
        var score = new int[documents];
        for (var n = 0; n < lists.Count; n++)
        {
            if (lists[n] is not { } encoded) continue;
            foreach (var posting in PostingEncoding.Decode(encoded))
            {
                count[posting >> 2]++;
                if (n < terms.Count) score[posting >> 2] += Weights[posting & 3];
            }
        }
        var ids = Enumerable.Range(0, documents)
            .Where(id => count[id] == lists.Count && InYear(meta, year, id))
            .OrderByDescending(id => score[id]).ThenByDescending(id => id)
            .ToList();
        JsonElement Shown(int id)
        {
            var (path, offset) = Chunk(meta, chunkSize, id) ?? throw new InvalidOperationException($"id {id} is in no year");
            return (Get(path) ?? throw new InvalidOperationException($"{path} is missing"))[offset].Clone();
        }
        var shown = ids.Take(PageSize).Select(Shown).ToList();
        return new Result(ids, shown, bytes, fetched);
    }

    private static int CommonCount(string? value) =>
        value is ['@', .. var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string? ShardValue(string term, int bits, Func<string, JsonElement?> get)
    {
        var shard = get($"s/{SearchIndex.ShardName(SearchIndex.Shard(term, bits), bits)}.json");
        return shard is { } json && json.TryGetProperty(term, out var value) ? value.GetString() : null;
    }

    /// <summary>The chunk of a document: its year's, at its rank among the year's documents.</summary>
    private static (string Path, int Offset)? Chunk(JsonElement meta, int chunkSize, int id)
    {
        foreach (var entry in meta.GetProperty("years").EnumerateArray())
        {
            var rank = 0;
            foreach (var range in entry.GetProperty("ranges").EnumerateArray())
            {
                var (first, last) = (range[0].GetInt32(), range[1].GetInt32());
                if (id >= first && id <= last)
                {
                    rank += id - first;
                    return ($"d/{entry.GetProperty("year").GetInt32()}-{rank / chunkSize}.json", rank % chunkSize);
                }
                rank += last - first + 1;
            }
        }
        return null;
    }

    private static bool InYear(JsonElement meta, int? year, int id)
    {
        if (year is null) return true;
        foreach (var entry in meta.GetProperty("years").EnumerateArray())
        {
            if (entry.GetProperty("year").GetInt32() != year) continue;
            foreach (var range in entry.GetProperty("ranges").EnumerateArray())
                if (id >= range[0].GetInt32() && id <= range[1].GetInt32()) return true;
        }
        return false;
    }

    public static string Text(JsonElement document, string key) =>
        document.TryGetProperty(key, out var value) ? value.GetString() ?? "" : "";

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
