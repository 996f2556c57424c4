using System.Globalization;
using System.Text;

namespace Archive.Output;

/// <summary>
/// What a long-lived build process checks before it trusts what it holds in memory about an output folder: the site's and
/// the staging folder's markers, by identity (inode, size, modification time). Any other build that commits a site there
/// (another process, another version) swaps in a folder with a new marker; the cache files do not count, since such a
/// process keeps its own model in memory and the caches are only what a new process starts from.
/// </summary>
public static class SiteFootprint
{
    public static string Of(string outputDir)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var text = new StringBuilder();
        Add(text, Path.Combine(output, OutputOwnership.MarkerName));
        Add(text, Path.Combine(StagingBase.FolderOf(output), OutputOwnership.MarkerName));
        return text.ToString();
    }

    private static void Add(StringBuilder text, string path)
    {
        text.Append(path).Append(' ');
        if (NativeFiles.Identify(path) is { } identity)
        {
            text.Append(CultureInfo.InvariantCulture, $"{identity.Inode} {identity.Size} {identity.ModifiedSeconds}.{identity.ModifiedNanoseconds}");
        }
        else
        {
            var file = new FileInfo(path);
            text.Append(file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length} {file.LastWriteTimeUtc.Ticks}") : "none");
        }
        text.Append('\n');
    }
}
