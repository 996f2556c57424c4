using Archive.Model;

namespace Archive.Content;

/// <summary>A content file found on disk, not yet read.</summary>
/// <param name="RelativePath">Path inside the content folder, '/' separated.</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="DisplayPath">Path as printed in diagnostics.</param>
public sealed record ContentEntry(string RelativePath, string FullPath, string DisplayPath, long Length, DateTime LastWriteUtc);

/// <summary>The only reader of the disk for content: finds files and reads their text.</summary>
public sealed class ContentSource
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    /// <summary>Files larger than this are refused with an error rather than read.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly string root;
    private readonly string displayRoot;

    public ContentSource(string contentDir)
    {
        displayRoot = contentDir.TrimEnd('/', '\\');
        root = Path.GetFullPath(contentDir);
    }

    public string Root => root;

    /// <summary>Every article file below the root, in ordinal path order. Hidden files and folders are skipped.</summary>
    public IReadOnlyList<ContentEntry> Enumerate(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(new SourceLocation(displayRoot), "the content folder does not exist");
            return [];
        }
        var entries = new List<ContentEntry>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        try
        {
            foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", options))
            {
                var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
                if (IsHidden(relative) || !IsArticle(relative)) continue;
                entries.Add(new ContentEntry(relative, info.FullName, Display(relative), info.Length, info.LastWriteTimeUtc));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(displayRoot), $"cannot list the content folder: {e.Message}");
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return entries;
    }

    /// <summary>Reads and decodes one file; null with an error diagnostic when that is impossible.</summary>
    public SourceFile? Read(ContentEntry entry, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(entry.DisplayPath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(entry.FullPath).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Error(at, $"the file is {length / (1024 * 1024)} MB; articles over {MaxFileBytes / (1024 * 1024)} MB are not read");
                return null;
            }
            bytes = File.ReadAllBytes(entry.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, $"cannot read the file: {e.Message}");
            return null;
        }
        return Decode(entry.RelativePath, entry.DisplayPath, bytes, diagnostics);
    }

    /// <summary>Decodes bytes already read; shared with callers that read files themselves (tests, inspect).</summary>
    public static SourceFile? Decode(string relativePath, string displayPath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(displayPath);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Warning is not null) diagnostics.Warning(at, decoded.Warning);
        if (decoded.Text is null)
        {
            diagnostics.Error(at, decoded.Error ?? "cannot decode the file");
            return null;
        }
        return new SourceFile(relativePath, decoded.Text) { DisplayPath = displayPath };
    }

    public static bool IsArticle(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static bool IsHidden(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('_'));

    private string Display(string relative) => displayRoot.Length == 0 ? relative : $"{displayRoot}/{relative}";
}
