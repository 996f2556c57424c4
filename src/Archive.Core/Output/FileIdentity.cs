using System.Runtime.InteropServices;

namespace Archive.Output;

/// <summary>What statx tells of a file: its inode, how many names it has, its size and modification time.</summary>
internal readonly record struct FileIdentity(ulong Inode, uint Links, ulong Size, long ModifiedSeconds, uint ModifiedNanoseconds);

/// <summary>The fixed layout of Linux's struct statx (the same on every architecture), only the fields read here.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(0)] public uint Mask;
    [FieldOffset(16)] public uint Links;
    [FieldOffset(32)] public ulong Inode;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(112)] public long ModifiedSeconds;
    [FieldOffset(120)] public uint ModifiedNanoseconds;
}

/// <summary>Two struct timespec for utimensat: access time (left alone) and modification time.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FileTimesBuffer
{
    public long AccessSeconds;
    public long AccessNanoseconds;
    public long ModifiedSeconds;
    public long ModifiedNanoseconds;
}
