using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Archive.Output;

/// <summary>One file of a built site: its path and the fingerprint of its inputs ("" when unknown: it never matches).</summary>
/// <remarks>
/// A site's manifest and the next one share the entries of the files the next build kept, so keeping a file costs a
/// look-up and a stamp, not a new entry: <see cref="ClaimedBy"/> is the writer that last put the file in its site.
/// </remarks>
public sealed class ManifestEntry(string path, string fingerprint)
{
    public string Path => path;
    public string Fingerprint => fingerprint;
    internal int ClaimedBy;
    /// <summary>The writer whose staging base holds another version of this file (it must link the current one to keep it).</summary>
    internal int DiffersInBaseOf;
}

/// <summary>
/// Every file of a built site with the fingerprint of its inputs; its hash is recorded in the site's marker. Paths are
/// unique ignoring case (the writer refuses two that differ only in case), and looked up that way.
/// </summary>
public sealed class PageManifest
{
    private readonly Dictionary<string, ManifestEntry> entries;
    // The hash is a count and two sums of per-file hashes: a manifest made from another by a few changes updates it by those.
    private (ulong First, ulong Second)? sums;
    private string? hash;

    public static PageManifest Empty { get; } = new(new Dictionary<string, string>());

    /// <param name="knownHash">The hash, when the cache recorded it (the cache file is checksummed), to save hashing again.</param>
    public PageManifest(IReadOnlyDictionary<string, string> fingerprints, string? knownHash = null)
    {
        entries = new Dictionary<string, ManifestEntry>(fingerprints.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (path, fingerprint) in fingerprints)
        {
            // Only a foreign or damaged manifest has two paths differing only in case: trust none of it.
            if (entries.TryAdd(path, new ManifestEntry(path, fingerprint))) continue;
            entries.Clear();
            return;
        }
        hash = knownHash;
        sums = Parse(knownHash, entries.Count);
    }

    private PageManifest(Dictionary<string, ManifestEntry> entries, (ulong, ulong) sums, string? parentHash, IReadOnlySet<string> changed)
    {
        this.entries = entries;
        this.sums = sums;
        ParentHash = parentHash;
        ChangedFromParent = changed;
    }

    public int Count => entries.Count;

    public bool IsEmpty => entries.Count == 0;

    /// <summary>Path to fingerprint, as saved in the page cache.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints => field ??= new FingerprintView(this);

    internal IEnumerable<ManifestEntry> Entries => entries.Values;

    /// <summary>The hash of the manifest this one was made from by <see cref="Next"/>, and the paths whose files differ.</summary>
    internal string? ParentHash { get; }

    internal IReadOnlySet<string> ChangedFromParent { get; } = new HashSet<string>();

    /// <summary>The entry at this path, or at one differing only in case (compare <see cref="ManifestEntry.Path"/>).</summary>
    internal ManifestEntry? Find(string path) => entries.GetValueOrDefault(path);

    /// <summary>The entry at exactly this path.</summary>
    internal ManifestEntry? At(string path) => Find(path) is { } entry && string.Equals(entry.Path, path, StringComparison.Ordinal) ? entry : null;

    /// <summary>True when the file at <paramref name="relativePath"/> was made from exactly these inputs.</summary>
    public bool Matches(string relativePath, string fingerprint) =>
        fingerprint.Length > 0 && string.Equals(At(relativePath)?.Fingerprint, fingerprint, StringComparison.Ordinal);

    /// <summary>Deterministic: the same files with the same fingerprints give the same hash, whatever the build order.</summary>
    public string Hash() => hash ??= Format(entries.Count, sums ??= Sum(entries.Values));

    /// <summary>
    /// This manifest less the files at <paramref name="removed"/>, with <paramref name="written"/> added or replacing the
    /// entries at their paths (ignoring case): a copy and the changes, whatever the size of the site.
    /// </summary>
    /// <param name="sameFiles">Paths of <paramref name="written"/> whose file is this site's own file at the exact path (same
    /// bytes, hard-linked): new fingerprints, but not a changed file, so not in <see cref="ChangedFromParent"/>.</param>
    internal PageManifest Next(IReadOnlyCollection<string> removed, IReadOnlyCollection<ManifestEntry> written, IReadOnlySet<string>? sameFiles = null)
    {
        var next = new Dictionary<string, ManifestEntry>(entries, entries.Comparer);
        var (first, second) = sums ??= Sum(entries.Values);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        void Remove(string path, bool sameFile = false)
        {
            if (!next.Remove(path, out var old)) return;
            if (!sameFile) changed.Add(old.Path);
            first -= Fnv(old, FirstBasis);
            second -= Fnv(old, SecondBasis);
        }
        foreach (var path in removed) Remove(path);
        foreach (var entry in written)
        {
            var sameFile = sameFiles?.Contains(entry.Path) == true;
            Remove(entry.Path, sameFile);
            next.Add(entry.Path, entry);
            if (!sameFile) changed.Add(entry.Path);
            first += Fnv(entry, FirstBasis);
            second += Fnv(entry, SecondBasis);
        }
        return new PageManifest(next, (first, second), Hash(), changed);
    }

    /// <summary>The paths whose files may differ between the sites of two manifests: in one only, or fingerprinted differently.</summary>
    internal static HashSet<string> Differences(PageManifest a, PageManifest b)
    {
        var differ = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in a.entries.Values)
            if (!b.Matches(entry.Path, entry.Fingerprint)) differ.Add(entry.Path);
        foreach (var entry in b.entries.Values)
            if (!a.Matches(entry.Path, entry.Fingerprint)) differ.Add(entry.Path);
        return differ;
    }

    private const ulong FirstBasis = 0xcbf29ce484222325UL;
    private const ulong SecondBasis = 0x84222325cbf29ce4UL;

    // A sum of per-file hashes: no sort of 160,000 paths, the files hash in parallel, and a change updates it. Two
    // independent 64-bit FNV-1a sums make it 128 bits; it guards against a stale or foreign manifest, not an adversary.
    private static (ulong, ulong) Sum(IEnumerable<ManifestEntry> all)
    {
        var list = all.ToArray();
        ulong first = 0, second = 0;
        if (list.Length == 0) return (first, second);
        var gate = new Lock();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, list.Length, Math.Max(1024, list.Length / 8)), range =>
        {
            ulong a = 0, b = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                a += Fnv(list[i], FirstBasis);
                b += Fnv(list[i], SecondBasis);
            }
            lock (gate)
            {
                first += a;
                second += b;
            }
        });
        return (first, second);
    }

    private static string Format(int count, (ulong First, ulong Second) sums) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:x}-{sums.First:x16}{sums.Second:x16}");

    /// <summary>The sums a recorded hash was made of, if it has the form <see cref="Format"/> gives and this count.</summary>
    private static (ulong, ulong)? Parse(string? known, int count)
    {
        if (known is null) return null;
        var dash = known.IndexOf('-');
        if (dash < 0 || known.Length != dash + 33
            || !int.TryParse(known.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var recorded) || recorded != count
            || !ulong.TryParse(known.AsSpan(dash + 1, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var first)
            || !ulong.TryParse(known.AsSpan(dash + 17, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var second))
            return null;
        return (first, second);
    }

    private static ulong Fnv(ManifestEntry entry, ulong basis)
    {
        var hash = basis;
        foreach (var c in entry.Path) hash = (hash ^ c) * 0x100000001b3UL;
        hash = (hash ^ '\t') * 0x100000001b3UL;
        foreach (var c in entry.Fingerprint) hash = (hash ^ c) * 0x100000001b3UL;
        // A final mix, so that sums of hashes of similar paths do not cancel in their low bits.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>The entries as path to fingerprint, looked up by exact path.</summary>
    private sealed class FingerprintView(PageManifest manifest) : IReadOnlyDictionary<string, string>
    {
        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        public IEnumerable<string> Keys => manifest.Entries.Select(e => e.Path);
        public IEnumerable<string> Values => manifest.Entries.Select(e => e.Fingerprint);
        public int Count => manifest.Count;
        public bool ContainsKey(string key) => manifest.At(key) is not null;

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
        {
            value = manifest.At(key)?.Fingerprint;
            return value is not null;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            manifest.Entries.Select(e => KeyValuePair.Create(e.Path, e.Fingerprint)).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
