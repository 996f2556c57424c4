namespace Archive.Output;

/// <summary>
/// One write of a site, for the next writer: once it committed, an entry carrying its stamp (it kept or wrote the file, and
/// no later write claimed it) is an entry of the manifest it committed, at its exact path (see
/// <see cref="OutputWriter.Keep(ManifestEntry, WriteStamp)"/>).
/// </summary>
public sealed class WriteStamp
{
    internal WriteStamp(int value) => Value = value;

    internal int Value { get; }

    /// <summary>The manifest the write committed; null until it has (an abandoned write vouches for nothing).</summary>
    internal PageManifest? Committed { get; set; }
}
