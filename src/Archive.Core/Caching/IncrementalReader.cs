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
        var toRead = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            records[i] = Unchanged(files[i], previous);
            if (records[i] is null) toRead.Add(i);
        }
        Parallel.ForEach(toRead, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            i => records[i] = ReadOne(source, files[i], config, previous, readStart, parsed, bodies));
        var entries = new List<ArticleEntry>(files.Count);
        foreach (var record in records)
        {
            if (record is null) continue;
            if (record.ReadDiagnostics.Count > 0) diagnostics.AddRange(record.ReadDiagnostics);
            if (record.ParseDiagnostics.Count > 0) diagnostics.AddRange(record.ParseDiagnostics);
            if (record.Entry is { } entry) entries.Add(entry);
        }
        bodies.Fallback = new ArticleIndex.RereadBodies(source, files, config);
        var index = new ArticleIndex(entries, bodies);
        // Unchanged files come back as the very records the previous cache held: then the cache need not be written again.
        var unchanged = toRead.Count == 0 && records.Length == previous.Files.Count && records.Select((r, i) => ReferenceEquals(r, previous.Files[i])).All(same => same);
        return (index, unchanged ? previous : new ContentCache(previous.InputsKey, records.OfType<CachedFile>().ToList()), parsed[0]);
    }

    private static CachedFile? Unchanged(ContentEntry file, ContentCache previous)
    {
        var cached = previous.ByPath.GetValueOrDefault(file.RelativePath);
        return cached is not null && cached.LastWriteTicks != 0 && cached.LastWriteTicks == file.LastWriteUtc.Ticks && cached.Length == file.Length
            ? cached
            : null;
    }

    private static CachedFile ReadOne(ContentSource source, ContentEntry file, SiteConfig config, ContentCache previous,
        DateTime readStart, int[] parsed, SpilledBodies bodies)
    {
        var cached = previous.ByPath.GetValueOrDefault(file.RelativePath);
        var ticks = file.LastWriteUtc.Ticks;
        if (cached is not null && cached.LastWriteTicks != 0 && cached.LastWriteTicks == ticks && cached.Length == file.Length)
            return cached;

        var trustedTicks = file.LastWriteUtc > readStart - RacyWindow ? 0 : ticks;
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
}
