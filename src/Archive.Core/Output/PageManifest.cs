using System.Text;
using Archive.Text;

namespace Archive.Output;

/// <summary>Every file of a built site with the fingerprint of its inputs; its hash is recorded in the site's marker.</summary>
public sealed class PageManifest(IReadOnlyDictionary<string, string> fingerprints)
{
    public static PageManifest Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Fingerprints => fingerprints;

    /// <summary>True when the file at <paramref name="relativePath"/> was made from exactly these inputs.</summary>
    public bool Matches(string relativePath, string fingerprint) =>
        fingerprints.TryGetValue(relativePath, out var previous) && string.Equals(previous, fingerprint, StringComparison.Ordinal);

    /// <summary>Deterministic: the same files with the same fingerprints give the same hash, whatever the build order.</summary>
    public string Hash()
    {
        var text = new StringBuilder();
        foreach (var (path, fingerprint) in fingerprints.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(path).Append('\t').Append(fingerprint).Append('\n');
        return Hashing.Hex(text.ToString());
    }
}
