using System.Collections.Concurrent;
using Archive.Model;

namespace Archive.Output;

/// <summary>What a finished write did.</summary>
/// <param name="Written">Files whose bytes were written.</param>
/// <param name="Unchanged">Files kept or linked from the previous site, rendered or not.</param>
/// <param name="Skipped">Of those, files not even rendered: their inputs were unchanged.</param>
/// <param name="Bytes">The size of the files this build rendered.</param>
/// <param name="Kept">The manifest of the site left in the staging folder as the next build's base; null if none was kept.</param>
public sealed record WriteSummary(int Written, int Unchanged, int Skipped, long Bytes, PageManifest Manifest, PageManifest? Kept = null);

/// <summary>
/// The only writer of the disk for the site. Files go into a staging folder beside the output; unchanged files are hard-linked
/// from the current site (so their modification times stay); <see cref="Commit"/> swaps the staging folder in atomically, so the
/// output folder is always a complete site, the previous one or the new one.
/// </summary>
/// <remarks>
/// After a swap the staging folder holds the site before; it is kept, and the next build starts from it (the base) instead of
/// an empty folder, so it touches only the files that changed in two builds: at 100,000 articles, re-linking every file into
/// an empty folder and deleting the old tree cost seconds. The base is trusted only when its marker names the manifest the
/// cache recorded for it; the marker is removed before the first change, so a build killed while updating it leaves a folder
/// the next build does not trust. A base file may share its inode with the current site (a hard link): then it is unlinked,
/// then linked or written anew. Only a base file that is surely its own copy is written through (see <see cref="StagingCopies"/>).
/// </remarks>
public sealed class OutputWriter : IDisposable
{
    // Each writer stamps the manifest entries of the files it keeps: entries are shared with the next site's manifest.
    private static int lastStamp;
    private readonly int stamp;
    private readonly string output;
    private readonly string staging;
    private readonly DiagnosticBag diagnostics;
    private readonly PageManifest current;
    private readonly PageManifest baseManifest;
    // Where the base's file may differ from the current site's (those entries are also marked, to spare a look-up per kept
    // file): keeping any other file costs no system call.
    private readonly IReadOnlySet<string> baseDiffers;
    // The files this build rendered and wrote, by path ignoring case: a few in an incremental build.
    private readonly ConcurrentDictionary<string, ManifestEntry> written = new(StringComparer.OrdinalIgnoreCase);
    // Thousands of pages share a folder: ask the file system to create each folder once, not once per file.
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    // Written files whose bytes were the current site's file at the exact path, linked: after the swap the base holds the
    // very same file, so the next build need not touch it (after a start that re-rendered everything, that is every file).
    private readonly ConcurrentDictionary<string, bool> linkedSame = new(StringComparer.Ordinal);
    private int filesWritten;
    private int linked;
    private int writtenThrough;
    private long bytes;
    private bool committed;

    private OutputWriter(string output, DiagnosticBag diagnostics, PageManifest current, PageManifest baseManifest)
    {
        stamp = Interlocked.Increment(ref lastStamp);
        Stamp = new WriteStamp(stamp);
        this.output = output;
        staging = StagingBase.FolderOf(output);
        this.diagnostics = diagnostics;
        this.current = current;
        this.baseManifest = baseManifest;
        baseDiffers = baseManifest.IsEmpty || baseManifest.Hash() == current.Hash() ? new HashSet<string>()
            : current.ParentHash == baseManifest.Hash() ? current.ChangedFromParent
            : PageManifest.Differences(baseManifest, current);
        foreach (var path in baseDiffers)
            if (current.At(path) is { } entry) entry.DiffersInBaseOf = stamp;
    }

    private bool HasBase => !baseManifest.IsEmpty;

    /// <summary>Starts a write into the staging folder; null (with an error) if the output folder cannot be used.</summary>
    /// <param name="current">The manifest of the site in the output folder (empty if unknown).</param>
    /// <param name="previous">The manifest of the site before it, which the staging folder holds if an earlier build kept it.</param>
    public static OutputWriter? Begin(string outputDir, DiagnosticBag diagnostics, PageManifest? current = null, PageManifest? previous = null)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var problem = OutputOwnership.Check(full);
        if (problem is not null)
        {
            diagnostics.Error(new SourceLocation(outputDir), problem);
            return null;
        }
        var staging = StagingBase.FolderOf(full);
        var usable = previous is not null && StagingBase.Holds(staging, previous);
        var writer = new OutputWriter(full, diagnostics, current ?? PageManifest.Empty, usable && previous is not null ? previous : PageManifest.Empty);
        try
        {
            if (writer.HasBase)
            {
                File.Delete(Path.Combine(staging, OutputOwnership.MarkerName));
            }
            else
            {
                if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
                Directory.CreateDirectory(staging);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(outputDir), $"cannot prepare the output folder: {e.Message}");
            return null;
        }
        return writer;
    }

    /// <summary>This write, for the next writer to trust the entries of the files it kept (see <see cref="Keep(ManifestEntry, WriteStamp)"/>).</summary>
    public WriteStamp Stamp { get; }

    /// <summary>How many files this write put through the staging base's own copies (see <see cref="StagingCopies"/>).</summary>
    internal int WrittenThrough => Volatile.Read(ref writtenThrough);

    /// <summary>The folder the site is published in (absolute).</summary>
    public string OutputDir => output;

    /// <summary>Writes one file into the new site; refuses unsafe or duplicate paths with an error. Thread-safe.</summary>
    public void Write(OutputFile file)
    {
        if (file.AlreadyWritten) return;
        var target = Claim(file.RelativePath, file.Fingerprint ?? "");
        if (target is null) return;
        var currentPath = Path.Combine(output, file.RelativePath);
        var put = Put(target, currentPath, file.Content.Span, compare: !OtherBytes(file));
        if (put == Placed.Nothing)
        {
            diagnostics.Error(new SourceLocation(file.RelativePath), "cannot replace the file in the staging folder");
            return;
        }
        if (put == Placed.CurrentFile && current.At(file.RelativePath) is not null) linkedSame.TryAdd(file.RelativePath, true);
        Interlocked.Add(ref bytes, file.Content.Length);
    }

    /// <summary>
    /// Puts the bytes at the staging path: the current site's file linked if it has them, written otherwise; through the
    /// base's file when it is its own copy (see <see cref="StagingCopies"/>), or into a new one after unlinking it.
    /// </summary>
    private Placed Put(string target, string currentPath, ReadOnlySpan<byte> content, bool compare)
    {
        var live = HasBase ? NativeFiles.Identify(currentPath) : null;
        var own = HasBase ? StagingCopies.OwnCopy(target, live) : null;
        if (compare && SameBytes(currentPath, live, content))
        {
            // An own copy made the current file's twin (bytes and time) spares unlinking it, as linking would.
            var through = own is { } copy && live is { } twin && StagingCopies.TryCopyThrough(twin, target, copy, content);
            if (through || (ClearBaseFile(target) && NativeFiles.TryHardLink(currentPath, target)))
            {
                if (through) Interlocked.Increment(ref writtenThrough);
                Interlocked.Increment(ref linked);
                return Placed.CurrentFile;
            }
        }
        else if (own is { } copy && StagingCopies.TryWriteThrough(target, copy, content))
        {
            Interlocked.Increment(ref writtenThrough);
            Interlocked.Increment(ref filesWritten);
            return Placed.Written;
        }
        if (!ClearBaseFile(target)) return Placed.Nothing;
        File.WriteAllBytes(target, content);
        Interlocked.Increment(ref filesWritten);
        return Placed.Written;
    }

    /// <summary>What <see cref="Put"/> placed: nothing, new bytes, or the current site's file (linked, or its twin).</summary>
    private enum Placed { Nothing, Written, CurrentFile }

    /// <summary>
    /// Puts the current site's file into the new site without rendering it, if the current site's manifest says it was made
    /// from inputs with this fingerprint; false if not (or if it cannot), and the caller renders it instead. Thread-safe.
    /// </summary>
    public bool TryReuse(string relativePath, string fingerprint) =>
        fingerprint.Length > 0 && current.At(relativePath) is { } entry && string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal)
        && Keep(entry);

    /// <summary>
    /// Puts the current site's file into the new site as it is, with the fingerprint the current site's manifest gives it:
    /// for a caller that knows the file's inputs are the same objects the current site was built from, so it need not even
    /// compute its fingerprint. Costs no system call when the staging base already holds that version. Thread-safe.
    /// </summary>
    public bool TryKeep(string relativePath) => Keep(relativePath) is not null;

    /// <summary>As <see cref="TryKeep(string)"/>: the current manifest's entry of the file kept, or null if it was not.</summary>
    public ManifestEntry? Keep(string relativePath) =>
        current.At(relativePath) is { Fingerprint.Length: > 0 } entry && Keep(entry) ? entry : null;

    /// <summary>
    /// As <see cref="Keep(string)"/> for the file of an entry of an earlier write (kept or written): without a path look-up when that
    /// write committed this writer's current manifest (by reference) and the entry still carries its stamp, as the look-up
    /// would find that very entry; by the entry's path otherwise (a stale entry is not trusted). Thread-safe.
    /// </summary>
    public ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy)
    {
        if (!ReferenceEquals(keptBy.Committed, current) || Volatile.Read(ref kept.ClaimedBy) != keptBy.Value) return Keep(kept.Path);
        return kept.Fingerprint.Length > 0 && Keep(kept) ? kept : null;
    }

    private bool Keep(ManifestEntry entry)
    {
        var before = Interlocked.Exchange(ref entry.ClaimedBy, stamp);
        if (before == stamp) return false; // already in the new site: a second output at the path is refused by Write
        // The base's marker vouches for its files, as it does for every unchanged file of a kept base.
        if ((HasBase && entry.DiffersInBaseOf != stamp) || Link(entry.Path)) return true;
        Interlocked.CompareExchange(ref entry.ClaimedBy, before, stamp);
        return false;
    }

    /// <summary>Hard-links the current site's file into the staging folder, replacing the base's.</summary>
    private bool Link(string relativePath)
    {
        if (OutputPaths.Problem(relativePath) is not null) return false;
        var target = Path.Combine(staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(target) ?? staging);
        return ClearBaseFile(target) && NativeFiles.TryHardLink(Path.Combine(output, relativePath), target);
    }

    /// <summary>Removes the base's file at a path before it is replaced (it may be the current site's too).</summary>
    private bool ClearBaseFile(string target)
    {
        if (!HasBase) return true;
        try
        {
            File.Delete(target);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The staging path for a new file, or null (with an error) when the path is unsafe or already taken.</summary>
    private string? Claim(string relativePath, string fingerprint)
    {
        var problem = OutputPaths.Problem(relativePath);
        var target = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (problem is null && !target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            problem = "the path leads outside the output folder";
        if (problem is null)
        {
            // Stamped as kept ones are: once this write commits, its stamp on an entry means the entry is in its manifest.
            if (!written.TryAdd(relativePath, new ManifestEntry(relativePath, fingerprint) { ClaimedBy = stamp }))
            {
                problem = $"another output already claims this path ('{written[relativePath].Path}')";
            }
            else if (current.Find(relativePath) is { } existing && Interlocked.Exchange(ref existing.ClaimedBy, stamp) == stamp)
            {
                written.TryRemove(relativePath, out _);
                problem = $"another output already claims this path ('{existing.Path}')";
            }
        }
        if (problem is not null)
        {
            diagnostics.Error(new SourceLocation(relativePath), $"refused to write output: {problem}");
            return null;
        }
        EnsureFolder(Path.GetDirectoryName(target) ?? staging);
        return target;
    }

    private void EnsureFolder(string folder)
    {
        if (folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        folders.TryAdd(folder, true);
    }

    /// <summary>Makes the new site the output folder in one step; the previous one stays in the staging folder as the next base.</summary>
    public WriteSummary Commit()
    {
        // The current site's files this build did not make, and those a written file replaces under another case.
        var removed = new List<string>();
        foreach (var entry in current.Entries) if (entry.ClaimedBy != stamp) removed.Add(entry.Path);
        var writtenEntries = written.Values.ToList();
        // Claimed entries are kept files, or replaced by a written one (under its path, or another case of it).
        var kept = current.Count - removed.Count;
        foreach (var entry in writtenEntries)
        {
            if (current.Find(entry.Path) is not { } old) continue;
            // Replaced: not in the new manifest, so it must not carry this write's stamp (see Keep(ManifestEntry, WriteStamp)).
            old.ClaimedBy = 0;
            kept--;
            if (!string.Equals(old.Path, entry.Path, StringComparison.Ordinal)) removed.Add(old.Path);
        }
        var manifest = current.Next(removed, writtenEntries, linkedSame.Keys.ToHashSet(StringComparer.Ordinal));
        if (HasBase) RemoveStaleBaseFiles(removed.Concat(baseDiffers).Distinct(StringComparer.Ordinal), manifest);
        OutputOwnership.Mark(staging, manifest.Hash());
        if (Directory.Exists(output))
        {
            if (!NativeFiles.TryExchange(staging, output))
            {
                // No atomic exchange here (not Linux, or the file system refuses): the window between the renames is tiny.
                var previous = output + ".previous";
                if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
                Directory.Move(output, previous);
                Directory.Move(staging, output);
                Directory.Delete(previous, recursive: true);
                committed = true;
                return Summary(manifest, kept, keptBase: null);
            }
            committed = true;
            // The old site is a good base only if its manifest is known; otherwise it goes now.
            if (!current.IsEmpty) return Summary(manifest, kept, keptBase: current);
            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, output);
        }
        committed = true;
        return Summary(manifest, kept, keptBase: null);
    }

    /// <summary>Deletes the base's files at these paths that the new site does not have, and the folders they leave empty.</summary>
    /// <remarks>Only the current site's removed files and those where the base differs from it can be such files.</remarks>
    private void RemoveStaleBaseFiles(IEnumerable<string> candidates, PageManifest next)
    {
        foreach (var path in candidates)
        {
            if (baseManifest.At(path) is null || next.At(path) is not null || OutputPaths.Problem(path) is not null) continue;
            var file = Path.Combine(staging, path);
            // Renamed by case only: on a file system that ignores case the new file is this very file.
            if (next.Find(path) is not null && !ExistsWithCase(file)) continue;
            StagingBase.Remove(staging, path);
        }
    }

    private static bool ExistsWithCase(string file) =>
        Path.GetDirectoryName(file) is { } folder && Directory.Exists(folder)
        && Directory.EnumerateFiles(folder, Path.GetFileName(file), new EnumerationOptions { MatchCasing = MatchCasing.CaseSensitive }).Any();

    private WriteSummary Summary(PageManifest manifest, int kept, PageManifest? keptBase)
    {
        Stamp.Committed = manifest;
        return new(filesWritten, linked + kept, kept, bytes, manifest, keptBase);
    }

    /// <summary>Whether the current site's file at the path has other bytes, as its fingerprint in the manifest shows.</summary>
    private bool OtherBytes(OutputFile file)
    {
        if (file is not { BytesHashLength: > 0 and var length, Fingerprint: { } fingerprint } || fingerprint.Length < length) return false;
        return current.At(file.RelativePath)?.Fingerprint is { } before && before.Length == fingerprint.Length
            && !before.AsSpan(before.Length - length).SequenceEqual(fingerprint.AsSpan(fingerprint.Length - length));
    }

    /// <summary>Whether the file at the path has these bytes; its size from <paramref name="live"/> when known.</summary>
    private static bool SameBytes(string path, FileIdentity? live, ReadOnlySpan<byte> content)
    {
        try
        {
            if (live is { } known ? known.Size != (ulong)content.Length : new FileInfo(path) is not { Exists: true } info || info.Length != content.Length)
                return false;
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Abandons an uncommitted write: the staging folder goes, the output folder is untouched.</summary>
    public void Dispose()
    {
        if (committed || !Directory.Exists(staging)) return;
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next build, which clears it first.
        }
    }
}
