using System.Runtime.InteropServices;

namespace Archive.Output;

/// <summary>
/// The file-system calls .NET lacks: hard links, atomic directory exchange (Linux renameat2), a file's inode and link count
/// (Linux statx) and setting a modification time to the nanosecond (utimensat).
/// </summary>
internal static partial class NativeFiles
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxWanted = 0x4 /* NLINK */ | 0x40 /* MTIME */ | 0x100 /* INO */ | 0x200 /* SIZE */;
    private const long UtimeOmit = (1L << 30) - 2;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDir, string oldPath, int newDir, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dir, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "utimensat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int UtimensAt(int dir, string path, in FileTimesBuffer times, int flags);

    /// <summary>Hard-links <paramref name="created"/> to <paramref name="existing"/>; false where the platform cannot.</summary>
    public static bool TryHardLink(string existing, string created)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try
        {
            return Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Swaps two directories in one atomic step; false where the platform or file system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The identity of a file (not following a symbolic link); null if it does not exist, or the platform cannot tell.</summary>
    public static FileIdentity? Identify(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxWanted, out var buffer) != 0 || (buffer.Mask & StatxWanted) != StatxWanted)
                return null;
            return new FileIdentity(buffer.Inode, buffer.Links, buffer.Size, buffer.ModifiedSeconds, buffer.ModifiedNanoseconds);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // glibc before 2.28
        }
    }

    /// <summary>Sets a file's modification time to the nanosecond, leaving its access time; false where the platform cannot.</summary>
    public static bool TrySetModified(string path, long seconds, uint nanoseconds)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return false; // a 64-bit time_t in struct timespec
        var times = new FileTimesBuffer
        {
            AccessSeconds = 0,
            AccessNanoseconds = UtimeOmit,
            ModifiedSeconds = seconds,
            ModifiedNanoseconds = nanoseconds,
        };
        try
        {
            return UtimensAt(AtFdCwd, path, in times, AtSymlinkNoFollow) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
