using System.Globalization;

namespace Archive.Output;

/// <summary>
/// Every file of a built site with the fingerprint of its inputs ("" when unknown: such a file never matches); its hash is
/// recorded in the site's marker.
/// </summary>
/// <param name="knownHash">The hash, when the cache recorded it (the cache file is checksummed), to save hashing again.</param>
public sealed class PageManifest(IReadOnlyDictionary<string, string> fingerprints, string? knownHash = null)
{
    private string? hash = knownHash;

    public static PageManifest Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Fingerprints => fingerprints;

    /// <summary>True when the file at <paramref name="relativePath"/> was made from exactly these inputs.</summary>
    public bool Matches(string relativePath, string fingerprint) =>
        fingerprint.Length > 0 && fingerprints.TryGetValue(relativePath, out var previous) && string.Equals(previous, fingerprint, StringComparison.Ordinal);

    public bool IsEmpty => fingerprints.Count == 0;

    /// <summary>Deterministic: the same files with the same fingerprints give the same hash, whatever the build order.</summary>
    public string Hash() => hash ??= Compute();

    // A sum of per-file hashes: no sort of 160,000 paths, and the files hash in parallel. Two independent 64-bit FNV-1a
    // sums make it 128 bits; it guards against a stale or foreign manifest, not against an adversary.
    private string Compute()
    {
        var pairs = fingerprints.ToArray();
        ulong first = 0, second = 0;
        var gate = new Lock();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, pairs.Length, Math.Max(1024, pairs.Length / 8)), range =>
        {
            ulong a = 0, b = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                a += Fnv(pairs[i].Key, pairs[i].Value, 0xcbf29ce484222325UL);
                b += Fnv(pairs[i].Key, pairs[i].Value, 0x84222325cbf29ce4UL);
            }
            lock (gate)
            {
                first += a;
                second += b;
            }
        });
        return string.Create(CultureInfo.InvariantCulture, $"{fingerprints.Count:x}-{first:x16}{second:x16}");
    }

    private static ulong Fnv(string path, string fingerprint, ulong basis)
    {
        var hash = basis;
        foreach (var c in path) hash = (hash ^ c) * 0x100000001b3UL;
        hash = (hash ^ '\t') * 0x100000001b3UL;
        foreach (var c in fingerprint) hash = (hash ^ c) * 0x100000001b3UL;
        // A final mix, so that sums of hashes of similar paths do not cancel in their low bits.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}
