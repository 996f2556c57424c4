namespace Archive.Output;

/// <summary>One file of the built site: where it goes (relative to the output folder, '/' separated) and its bytes.</summary>
public sealed record OutputFile(string RelativePath, ReadOnlyMemory<byte> Content)
{
    /// <summary>A hash of everything the file was made from; null when unknown (the file is then never skipped).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// How many characters at the end of <see cref="Fingerprint"/> hash the bytes alone (0: none do). A current file whose
    /// fingerprint is as long and ends otherwise has other bytes: the writer then does not read it back to compare.
    /// </summary>
    public int BytesHashLength { get; init; }

    /// <summary>The writer already placed this file (reused from the current site through <c>TryReuse</c>); nothing to write.</summary>
    public bool AlreadyWritten { get; init; }

    public static OutputFile Reused(string relativePath) => new(relativePath, ReadOnlyMemory<byte>.Empty) { AlreadyWritten = true };
}
