using System.Text;
using Archive.Text;

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

    private string Compute()
    {
        var text = new StringBuilder();
        foreach (var (path, fingerprint) in fingerprints.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(path).Append('\t').Append(fingerprint).Append('\n');
        return Hashing.Hex(text.ToString());
    }
}
