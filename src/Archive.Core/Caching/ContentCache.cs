using System.Security.Cryptography;
using System.Text;
using Archive.Model;
using Archive.Site;

namespace Archive.Caching;

/// <summary>
/// What reading one content file gave last time, keyed by its path: its size and modification time (the fast check), the hash
/// of its text (the confirmation), the entry it produced (null for drafts and failures) and the diagnostics it printed.
/// </summary>
/// <param name="LastWriteTicks">0 when the modification time cannot be trusted (the file changed just before it was read).</param>
public sealed record CachedFile(
    string Path, long Length, long LastWriteTicks, string TextHash,
    ArticleEntry? Entry, IReadOnlyList<Diagnostic> ReadDiagnostics, IReadOnlyList<Diagnostic> ParseDiagnostics);

/// <summary>The read results of every content file, valid only for the inputs (code, config, content folder) in <see cref="InputsKey"/>.</summary>
public sealed record ContentCache(string InputsKey, IReadOnlyList<CachedFile> Files)
{
    public const string Kind = "archive-content-cache";
    public const int Version = 4; // 2: entries carry their search terms; 3: as one string; 4: one line per file

    public static ContentCache Empty(string inputsKey) => new(inputsKey, []);

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, CachedFile> ByPath =>
        field ??= Files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>Whether <see cref="Files"/> are in ordinal path order (as the listing is), each path once.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool InPathOrder => inPathOrder ??= ReferenceEquals(filesInPathOrder, Files) || IsInPathOrder(Files);

    private bool? inPathOrder;
    // Files known to be in path order when made (see InOrder): checked by reference, so a copy made with other files asks again.
    private IReadOnlyList<CachedFile>? filesInPathOrder;

    /// <summary>A cache of files the caller knows to be in ordinal path order, each path once: not checked again.</summary>
    internal static ContentCache InOrder(string inputsKey, IReadOnlyList<CachedFile> files) =>
        new(inputsKey, files) { filesInPathOrder = files };

    /// <summary>
    /// A hash of what a site model is built from: the inputs key and each file's path, text hash and whether it gave an entry
    /// (an entry is made from those and the config, which the inputs key covers).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string StateKey => field ??= ComputeStateKey();

    private string ComputeStateKey()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder(InputsKey).Append('\n');
        foreach (var file in Files)
        {
            text.Append(file.Path).Append('\t').Append(file.TextHash).Append('\t').Append(file.Entry is null ? '-' : '+').Append('\n');
            if (text.Length < 1 << 16) continue;
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            text.Clear();
        }
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsInPathOrder(IReadOnlyList<CachedFile> files)
    {
        for (var i = 1; i < files.Count; i++)
            if (string.CompareOrdinal(files[i - 1].Path, files[i].Path) >= 0) return false;
        return true;
    }
}

/// <summary>
/// The fingerprints of the site currently in the output folder, trusted only if that folder's marker names them; and of the
/// site before it, kept in the staging folder as the base of the next build, trusted only if the staging folder's marker names them.
/// </summary>
public sealed record PageCache(string ManifestHash, IReadOnlyDictionary<string, string> Fingerprints)
{
    public const string Kind = "archive-page-cache";
    public const int Version = 3; // 3: the inputs the site was rendered from

    /// <summary>What the site in <see cref="ManifestHash"/> was rendered from (see <see cref="BuildCache.RenderedFrom"/>); null if unknown.</summary>
    public string? RenderedFrom { get; init; }

    public string? PreviousManifestHash { get; init; }
    public IReadOnlyDictionary<string, string>? PreviousFingerprints { get; init; }
}
