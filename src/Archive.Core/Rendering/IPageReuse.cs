namespace Archive.Rendering;

/// <summary>Lets the renderer skip a page whose inputs are unchanged since the site in the output folder was built.</summary>
public interface IPageReuse
{
    /// <summary>True if the page at <paramref name="relativePath"/> was made from these inputs and is now in the new site.</summary>
    bool TryReuse(string relativePath, string fingerprint);
}
