namespace Archive.Output;

/// <summary>
/// The staging folder's own copies: files no other name links (above all not the live site's file at the same path), which
/// may therefore be written in place instead of unlinked and created anew.
/// </summary>
/// <remarks>
/// A new inode per changed file is the expensive part of writing thousands of files on ext4 without a journal, where
/// creating one skips, one by one, the inodes freed seconds before; writing through the base's own copies neither frees
/// nor allocates one, so in a serve session a file rewritten by every change alternates between two inodes. A wrong
/// "own copy" would write into the live site, so anything unknown (no statx, an error, a second name) means "shared".
/// </remarks>
internal static class StagingCopies
{
    /// <summary>The staging file's identity if it is surely its own copy: its only name, and not the live file's inode.</summary>
    public static FileIdentity? OwnCopy(string stagingFile, FileIdentity? live) =>
        NativeFiles.Identify(stagingFile) is { Links: 1 } staged && (live is null || live.Value.Inode != staged.Inode) ? staged : null;

    /// <summary>Writes the bytes over an own copy in place: same inode, its old bytes overwritten and the rest cut off.</summary>
    /// <remarks>Not truncated to zero first: ext4 then flushes the file on close (its guard for replace-by-truncate).</remarks>
    public static bool TryWriteThrough(string file, FileIdentity own, ReadOnlySpan<byte> content)
    {
        try
        {
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Write, FileShare.Read);
            RandomAccess.Write(handle, content, 0);
            if ((ulong)content.Length < own.Size) RandomAccess.SetLength(handle, content.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return true;
    }

    /// <summary>
    /// Makes an own copy the live file's twin: its bytes written through, then its modification time set to the live file's,
    /// so that once swapped in it looks unchanged to a deploy that compares size and time (rsync). False if it could not.
    /// </summary>
    public static bool TryCopyThrough(FileIdentity live, string file, FileIdentity own, ReadOnlySpan<byte> liveBytes) =>
        (ulong)liveBytes.Length == live.Size && TryWriteThrough(file, own, liveBytes)
        && NativeFiles.TrySetModified(file, live.ModifiedSeconds, live.ModifiedNanoseconds);
}
