using Archive.Content;
using Archive.Model;
using Archive.Site;
using Archive.Text;

namespace Archive.Caching;

/// <summary>
/// The first pass over content with a cache: a file whose size and modification time are unchanged is not read; a file whose
/// text hashes as before is not parsed; only the rest go through the readers. Diagnostics are replayed from the cache, so a
/// rebuild reports exactly what a clean build would.
/// </summary>
public static class IncrementalReader
{
    /// <summary>Modification times this close to the read may hide a later same-size write in the same clock tick.</summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public static (ArticleIndex Index, ContentCache Cache, int Parsed) ReadAll(ContentSource source, IReadOnlyList<ContentEntry> files,
        SiteConfig config, ContentCache previous, DiagnosticBag diagnostics, int parallelism, SpilledBodies bodies)
    {
        var readStart = DateTime.UtcNow;
        var parsed = new int[1];
        // Unchanged files (the same size and time as cached) are a look-up each: taken on this thread, without the cost of
        // spreading 100,000 look-ups over threads; the others are read and parsed in parallel.
        var records = new CachedFile?[files.Count];
        var toRead = new List<(int Index, CachedFile? Cached)>();
        var cachedFiles = new CachedFiles(previous);
        for (var i = 0; i < records.Length; i++)
        {
            var file = files[i];
            var cached = cachedFiles.Find(file.RelativePath);
            var record = Unchanged(file, cached);
            records[i] = record;
            if (record is null) toRead.Add((i, cached));
        }
        Parallel.ForEach(toRead, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            read => records[read.Index] = ReadOne(source, files[read.Index], config, read.Cached, readStart, parsed, bodies));
        // One pass over the records (each a separate object: it is the touching that costs at 100,000) gathers everything.
        var entries = new List<ArticleEntry>(files.Count);
        // An array, which the next build's walk reads without an interface call per record.
        var kept = new CachedFile[records.Length];
        var count = 0;
        // Unchanged files come back as the very records the previous cache held: then the cache need not be written again.
        var unchanged = toRead.Count == 0 && records.Length == previous.Files.Count;
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is not { } record)
            {
                unchanged = false;
                continue;
            }
            if (unchanged && !ReferenceEquals(record, previous.Files[i])) unchanged = false;
            kept[count++] = record;
            if (record.ReadDiagnostics.Count > 0) diagnostics.AddRange(record.ReadDiagnostics);
            if (record.ParseDiagnostics.Count > 0) diagnostics.AddRange(record.ParseDiagnostics);
            if (record.Entry is { } entry) entries.Add(entry);
        }
        if (count < kept.Length) Array.Resize(ref kept, count);
        bodies.Fallback = new ArticleIndex.RereadBodies(source, files, config);
        var index = new ArticleIndex(entries, bodies);
        // The records are the listing's, path for path: in order if the walk found the listing in order.
        var cache = unchanged ? previous
            : cachedFiles.ListingInOrder && kept.Length == files.Count ? ContentCache.InOrder(previous.InputsKey, kept)
            : new ContentCache(previous.InputsKey, kept);
        return (index, cache, parsed[0]);
    }

    /// <summary>
    /// The listing with each path the very string its cache record holds (the records are in listing order, one a file), so
    /// that the next build's look-ups of a session (see <see cref="CachedFiles"/>) compare equal paths by reference, not by
    /// their characters. The listing itself if it has them already, or if it does not match the records path for path.
    /// </summary>
    public static IReadOnlyList<ContentEntry> SharingPaths(IReadOnlyList<ContentEntry> files, ContentCache cache)
    {
        var records = cache.Files;
        if (records.Count != files.Count) return files;
        ContentEntry[]? shared = null;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var path = records[i].Path;
            if (ReferenceEquals(file.RelativePath, path)) continue;
            if (!string.Equals(file.RelativePath, path, StringComparison.Ordinal)) return files;
            shared ??= [.. files];
            shared[i] = file with { RelativePath = path };
        }
        return shared ?? files;
    }

    private static CachedFile? Unchanged(ContentEntry file, CachedFile? cached) =>
        cached is not null && cached.LastWriteTicks != 0 && cached.LastWriteTicks == file.LastWriteUtc.Ticks && cached.Length == file.Length
            ? cached
            : null;

    private static CachedFile ReadOne(ContentSource source, ContentEntry file, SiteConfig config, CachedFile? cached,
        DateTime readStart, int[] parsed, SpilledBodies bodies)
    {
        var trustedTicks = file.LastWriteUtc > readStart - RacyWindow ? 0 : file.LastWriteUtc.Ticks;
        var readDiagnostics = new DiagnosticBag();
        var text = source.Read(file, readDiagnostics);
        if (text is null) return new CachedFile(file.RelativePath, file.Length, 0, "", null, readDiagnostics.Sorted(), []);

        var hash = Hashing.Hex(text.Text);
        if (cached is not null && string.Equals(cached.TextHash, hash, StringComparison.Ordinal))
            return cached with { Length = file.Length, LastWriteTicks = trustedTicks, ReadDiagnostics = readDiagnostics.Sorted() };

        Interlocked.Increment(ref parsed[0]);
        var parseDiagnostics = new DiagnosticBag();
        var entry = ArticleIndex.Parse(text, file, config, parseDiagnostics, article => bodies.Add(article.SourcePath, article));
        return new CachedFile(file.RelativePath, file.Length, trustedTicks, hash, entry is null ? null : entry with { ContentHash = hash },
            readDiagnostics.Sorted(), parseDiagnostics.Sorted());
    }

    /// <summary>
    /// The cached record of each listed file, found by walking the cache alongside the listing: both are in ordinal path
    /// order, so a rebuild needs no dictionary of 100,000 paths. Out of order (either of them), look-ups by path instead.
    /// </summary>
    private sealed class CachedFiles(ContentCache cache)
    {
        private readonly CachedFile[] files = cache.Files as CachedFile[] ?? [.. cache.Files];
        private int next;
        private bool ordered = cache.InPathOrder;
        private string? last;

        /// <summary>Whether every path looked up so far came after the one before (the walk stays ordered only then).</summary>
        public bool ListingInOrder => ordered;

        public CachedFile? Find(string path)
        {
            // The common case, the listing going on as the cache did: one equality test instead of two ordering compares. While
            // ordered, the record at next always comes after the last path (past it if found, where the walk stopped if not),
            // so a path equal to it is in order too.
            if (ordered && next < files.Length && string.Equals(files[next].Path, path, StringComparison.Ordinal))
            {
                last = path;
                return files[next++];
            }
            if (last is not null && string.CompareOrdinal(last, path) >= 0) ordered = false;
            last = path;
            if (!ordered) return cache.ByPath.GetValueOrDefault(path);
            for (; next < files.Length; next++)
            {
                var order = string.CompareOrdinal(files[next].Path, path);
                if (order == 0) return files[next++];
                if (order > 0) return null;
            }
            return null;
        }
    }
}
