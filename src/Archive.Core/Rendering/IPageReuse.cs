using Archive.Output;

namespace Archive.Rendering;

/// <summary>Lets the renderer skip a page whose inputs are unchanged since the site in the output folder was built.</summary>
public interface IPageReuse
{
    /// <summary>True if the page at <paramref name="relativePath"/> was made from these inputs and is now in the new site.</summary>
    bool TryReuse(string relativePath, string fingerprint);

    /// <summary>
    /// The manifest entry of the current site's page at <paramref name="relativePath"/>, now in the new site as it is; null
    /// if it cannot be kept. For a page the caller knows was made from the same inputs (see <c>SiteChanges</c>), without
    /// computing its fingerprint.
    /// </summary>
    ManifestEntry? Keep(string relativePath);

    /// <summary>As <see cref="Keep(string)"/>, for the page of an entry kept by an earlier write: without a path look-up when
    /// that write made the current site (see <see cref="OutputWriter.Keep(ManifestEntry, WriteStamp)"/>).</summary>
    ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy);

    /// <summary>The write the kept pages go into, which vouches for their entries to the next build's.</summary>
    WriteStamp Stamp { get; }
}
