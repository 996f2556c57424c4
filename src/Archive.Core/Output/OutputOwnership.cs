namespace Archive.Output;

/// <summary>
/// Guards against replacing a folder the build did not make: the writer swaps whole folders, so pointing <c>--output</c> at a
/// folder of other files would delete them. A built site carries a small marker file, which also names the page manifest the
/// site was built with (so a cache can tell whether it still describes the folder).
/// </summary>
internal static class OutputOwnership
{
    public const string MarkerName = ".archive-site";
    private const string ManifestPrefix = "pages: ";

    public static string? Check(string output)
    {
        if (!Directory.Exists(output)) return null;
        if (File.Exists(Path.Combine(output, MarkerName))) return null;
        if (!Directory.EnumerateFileSystemEntries(output).Any()) return null;
        return "the output folder exists and was not made by archive; refusing to replace it (empty it, remove it, or choose another --output)";
    }

    public static void Mark(string folder, string manifestHash) =>
        File.WriteAllText(Path.Combine(folder, MarkerName),
            $"This folder is a site built by archive; the next build replaces it whole.\n{ManifestPrefix}{manifestHash}\n");

    /// <summary>The manifest hash recorded in a built site's marker, or null.</summary>
    public static string? ManifestHash(string output)
    {
        try
        {
            var path = Path.Combine(output, MarkerName);
            if (!File.Exists(path)) return null;
            foreach (var line in File.ReadLines(path))
                if (line.StartsWith(ManifestPrefix, StringComparison.Ordinal)) return line[ManifestPrefix.Length..].Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }
}
