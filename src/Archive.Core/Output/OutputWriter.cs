using System.Collections.Concurrent;
using Archive.Model;

namespace Archive.Output;

/// <summary>What a finished write did.</summary>
/// <param name="Written">Files whose bytes were written.</param>
/// <param name="Unchanged">Files linked from the previous site, rendered or not.</param>
/// <param name="Skipped">Of those, files not even rendered: their inputs were unchanged.</param>
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
/// the next build does not trust. A base file may share its inode with the current site (a hard link), so it is never written
/// in place: it is unlinked, then linked or written anew.
/// </remarks>
public sealed class OutputWriter : IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly DiagnosticBag diagnostics;
    // Sized for the current site's files up front: growing a table of 160,000 entries step by step costs a rebuild dearly.
    private readonly ConcurrentDictionary<string, string> claimed;
    private readonly ConcurrentDictionary<string, string> fingerprints;
    // Thousands of pages share a folder: ask the file system to create each folder once, not once per file.
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private readonly PageManifest current;
    private readonly PageManifest baseManifest;
    private int written;
    private int unchanged;
    private int skipped;
    private long bytes;
    private bool committed;

    private OutputWriter(string output, DiagnosticBag diagnostics, PageManifest current, PageManifest baseManifest)
    {
        this.output = output;
        staging = output + ".staging";
        this.diagnostics = diagnostics;
        this.current = current;
        this.baseManifest = baseManifest;
        var capacity = Math.Max(64, current.Fingerprints.Count + current.Fingerprints.Count / 16);
        claimed = new ConcurrentDictionary<string, string>(Environment.ProcessorCount, capacity, StringComparer.OrdinalIgnoreCase);
        fingerprints = new ConcurrentDictionary<string, string>(Environment.ProcessorCount, capacity, StringComparer.Ordinal);
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
        var staging = full + ".staging";
        var usable = previous is { IsEmpty: false } && Directory.Exists(staging)
            && string.Equals(OutputOwnership.ManifestHash(staging), previous.Hash(), StringComparison.Ordinal);
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

    /// <summary>The folder the site is published in (absolute).</summary>
    public string OutputDir => output;

    /// <summary>Writes one file into the new site; refuses unsafe or duplicate paths with an error. Thread-safe.</summary>
    public void Write(OutputFile file)
    {
        if (file.AlreadyWritten) return;
        var target = Claim(file.RelativePath);
        if (target is null) return;
        var currentPath = Path.Combine(output, file.RelativePath);
        // Every file is listed, so that a later build starting from this site can find the ones it no longer makes.
        fingerprints[file.RelativePath] = file.Fingerprint ?? "";
        if (!ClearBaseFile(target))
        {
            diagnostics.Error(new SourceLocation(file.RelativePath), "cannot replace the file in the staging folder");
            return;
        }
        if (SameBytes(currentPath, file.Content.Span) && NativeFiles.TryHardLink(currentPath, target))
        {
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            File.WriteAllBytes(target, file.Content.Span);
            Interlocked.Increment(ref written);
        }
        Interlocked.Add(ref bytes, file.Content.Length);
    }

    /// <summary>
    /// Puts the current site's file into the new site without rendering it (the caller knows its inputs are unchanged);
    /// false if it cannot (no such file, no hard links here), and the caller renders it instead. Thread-safe.
    /// </summary>
    public bool TryReuse(string relativePath, string fingerprint)
    {
        if (OutputPaths.Problem(relativePath) is not null) return false;
        var target = Path.Combine(staging, relativePath);
        if (baseManifest.Matches(relativePath, fingerprint) && claimed.TryAdd(relativePath, relativePath))
        {
            var kept = new FileInfo(target);
            if (kept.Exists) return Reused(relativePath, fingerprint, kept.Length);
            claimed.TryRemove(relativePath, out _);
        }
        if (!current.Matches(relativePath, fingerprint)) return false;
        var currentPath = Path.Combine(output, relativePath);
        var info = new FileInfo(currentPath);
        if (!info.Exists || !claimed.TryAdd(relativePath, relativePath)) return false;
        EnsureFolder(Path.GetDirectoryName(target) ?? staging);
        if (!ClearBaseFile(target) || !NativeFiles.TryHardLink(currentPath, target))
        {
            claimed.TryRemove(relativePath, out _);
            return false;
        }
        return Reused(relativePath, fingerprint, info.Length);
    }

    /// <summary>
    /// Puts the current site's file into the new site as it is, with the fingerprint the current site's manifest gives it:
    /// for a caller that knows the file's inputs are the same objects the current site was built from, so it need not even
    /// compute its fingerprint. Costs no system call when the staging base already holds that version. Thread-safe.
    /// </summary>
    public bool TryKeep(string relativePath)
    {
        if (!current.Fingerprints.TryGetValue(relativePath, out var fingerprint) || fingerprint.Length == 0) return false;
        if (baseManifest.Matches(relativePath, fingerprint))
        {
            // The base's marker vouches for its files, as it does for every unchanged file of a kept base.
            if (!claimed.TryAdd(relativePath, relativePath)) return false;
            return Reused(relativePath, fingerprint, 0);
        }
        return TryReuse(relativePath, fingerprint);
    }

    private bool Reused(string relativePath, string fingerprint, long length)
    {
        fingerprints[relativePath] = fingerprint;
        Interlocked.Increment(ref unchanged);
        Interlocked.Increment(ref skipped);
        Interlocked.Add(ref bytes, length);
        return true;
    }

    /// <summary>Removes the base's file at a path before it is replaced (never written through: it may be the current site's too).</summary>
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
    private string? Claim(string relativePath)
    {
        var problem = OutputPaths.Problem(relativePath);
        if (problem is null && !claimed.TryAdd(relativePath, relativePath))
            problem = $"another output already claims this path ('{claimed[relativePath]}')";
        var target = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (problem is null && !target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            problem = "the path leads outside the output folder";
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
        if (HasBase) RemoveStaleBaseFiles();
        var manifest = new PageManifest(new Dictionary<string, string>(fingerprints, StringComparer.Ordinal));
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
                return Summary(manifest, kept: null);
            }
            committed = true;
            // The old site is a good base only if its manifest is known; otherwise it goes now.
            if (!current.IsEmpty) return Summary(manifest, kept: current);
            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, output);
        }
        committed = true;
        return Summary(manifest, kept: null);
    }

    /// <summary>Deletes the base's files that this build does not make, and the folders they leave empty.</summary>
    private void RemoveStaleBaseFiles()
    {
        foreach (var path in baseManifest.Fingerprints.Keys)
        {
            if (claimed.ContainsKey(path) || OutputPaths.Problem(path) is not null) continue;
            var file = Path.Combine(staging, path);
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > staging.Length; folder = Path.GetDirectoryName(folder))
            {
                if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
                Directory.Delete(folder);
            }
        }
    }

    private WriteSummary Summary(PageManifest manifest, PageManifest? kept) => new(written, unchanged, skipped, bytes, manifest, kept);

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != content.Length) return false;
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
