namespace Archive.Output;

/// <summary>
/// Guards against replacing a folder the build did not make: the writer swaps whole folders, so pointing <c>--output</c> at a
/// folder of other files would delete them. A built site carries a small marker file.
/// </summary>
internal static class OutputOwnership
{
    public const string MarkerName = ".archive-site";

    public static string? Check(string output)
    {
        if (!Directory.Exists(output)) return null;
        if (File.Exists(Path.Combine(output, MarkerName))) return null;
        if (!Directory.EnumerateFileSystemEntries(output).Any()) return null;
        return "the output folder exists and was not made by archive; refusing to replace it (empty it, remove it, or choose another --output)";
    }

    public static void Mark(string folder) =>
        File.WriteAllText(Path.Combine(folder, MarkerName), "This folder is a site built by archive; the next build replaces it whole.\n");
}
