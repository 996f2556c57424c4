namespace Archive.Output;

/// <summary>
/// Brings the staging folder (the site before the current one, kept as the next build's base) up to the current site while a
/// serve session waits for changes: the next build then keeps every unchanged file without a system call, even the files
/// the last build wrote (a back-dated article rewrites thousands of search index files; re-linking them cost the next
/// rebuild 0.2-0.3 s at 100,000 articles).
/// </summary>
/// <remarks>
/// The base's marker is removed first and written last, naming the current manifest: a process killed in between leaves a
/// folder the next build does not trust (it starts from an empty one). A base file is written through only when it is the
/// base's own copy (see <see cref="StagingCopies"/>): then it takes the live file's bytes and modification time, so that the
/// next build keeps it as it keeps a link, and a file changed by every build alternates between two inodes instead of freeing
/// one and making another each time. A file that may be a link into the live site is unlinked and linked anew.
/// </remarks>
public static class StagingBase
{
    /// <summary>The staging folder beside an output folder (its full path).</summary>
    internal static string FolderOf(string output) => output + ".staging";

    /// <summary>Whether a site folder's marker names this manifest: the folder holds the site the manifest describes.</summary>
    internal static bool Holds(string folder, PageManifest manifest) =>
        !manifest.IsEmpty && string.Equals(OutputOwnership.ManifestHash(folder), manifest.Hash(), StringComparison.Ordinal);

    /// <summary>The manifest the staging folder now holds (the current one), or null if it was not usable or could not be brought up.</summary>
    /// <param name="current">The manifest of the site in the output folder.</param>
    /// <param name="held">The manifest of the site the staging folder holds, as its marker must name.</param>
    public static PageManifest? Sync(string outputDir, PageManifest current, PageManifest held)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = FolderOf(output);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return null; // no hard links: nothing to gain
        if (!Holds(output, current) || !Holds(staging, held)) return null;
        if (string.Equals(held.Hash(), current.Hash(), StringComparison.Ordinal)) return current;
        var differ = current.ParentHash == held.Hash() ? current.ChangedFromParent : PageManifest.Differences(held, current);
        try
        {
            File.Delete(Path.Combine(staging, OutputOwnership.MarkerName));
            // Gone files first: on a file system that ignores case, a file renamed only in case is then linked afresh.
            foreach (var path in differ.Where(p => current.At(p) is null && held.At(p) is not null && OutputPaths.Problem(p) is null))
                Remove(staging, path);
            foreach (var path in differ.Where(p => current.At(p) is not null && OutputPaths.Problem(p) is null))
            {
                var target = Path.Combine(staging, path);
                var live = Path.Combine(output, path);
                if (TryCopyThrough(live, target)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target) ?? staging);
                File.Delete(target);
                if (!NativeFiles.TryHardLink(live, target)) return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        OutputOwnership.Mark(staging, current.Hash());
        return current;
    }

    /// <summary>
    /// Makes the base's files below <paramref name="folder"/> that are shared with the live site (a build that changed them
    /// not, such as the first of a session, leaves every file linked to the live one) its own copies: the same bytes and
    /// time under a new inode. The next build then writes them through instead of replacing them, which is what a file
    /// rewritten by many changes costs on ext4 (a back-dated article rewrites every common term's postings, ~1,900 files at
    /// 100,000 articles). Done while a session waits; false (and nothing trusted) if the base is not the one expected.
    /// </summary>
    public static bool Unshare(string outputDir, PageManifest held, string folder)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = FolderOf(output);
        var below = Path.Combine(staging, folder);
        if (!OperatingSystem.IsLinux() || !Directory.Exists(below) || !Holds(staging, held)) return false;
        try
        {
            // Unmarked while it changes: a copy left half made by a crash must not be taken for the base's file.
            File.Delete(Path.Combine(staging, OutputOwnership.MarkerName));
            foreach (var file in Directory.EnumerateFiles(below, "*", SearchOption.AllDirectories))
            {
                var live = Path.Combine(output, Path.GetRelativePath(staging, file));
                if (NativeFiles.Identify(file) is not { Links: > 1 } staged || NativeFiles.Identify(live) is not { } liveFile
                    || liveFile.Inode != staged.Inode) continue;
                var copy = file + ".archive-copy";
                File.WriteAllBytes(copy, File.ReadAllBytes(live));
                if (!NativeFiles.TrySetModified(copy, liveFile.ModifiedSeconds, liveFile.ModifiedNanoseconds))
                {
                    File.Delete(copy);
                    continue;
                }
                File.Move(copy, file, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        OutputOwnership.Mark(staging, held.Hash());
        return true;
    }

    /// <summary>The live file's bytes and time written into the base's file, when that is its own copy (no inode freed or made).</summary>
    private static bool TryCopyThrough(string live, string target)
    {
        if (NativeFiles.Identify(live) is not { } liveFile || StagingCopies.OwnCopy(target, liveFile) is not { } own) return false;
        return StagingCopies.TryCopyThrough(liveFile, target, own, File.ReadAllBytes(live));
    }

    /// <summary>Deletes a file of the base and the folders it leaves empty.</summary>
    internal static void Remove(string staging, string path)
    {
        var file = Path.Combine(staging, path);
        if (!File.Exists(file)) return;
        File.Delete(file);
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > staging.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }
}
