namespace Archive.Rendering;

/// <summary>Lets the renderer skip a page whose inputs are unchanged since the site in the output folder was built.</summary>
public interface IPageReuse
{
    /// <summary>True if the page at <paramref name="relativePath"/> was made from these inputs and is now in the new site.</summary>
    bool TryReuse(string relativePath, string fingerprint);

    /// <summary>
    /// True if the current site's page at <paramref name="relativePath"/> is now in the new site as it is; for a page the
    /// caller knows was made from the same inputs (see <c>SiteChanges</c>), without computing its fingerprint.
    /// </summary>
    bool TryKeep(string relativePath);
}
