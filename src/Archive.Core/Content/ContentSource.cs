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

    /// <summary>Files larger than this are refused with an error: no article is this long, and reading it would cost the build.</summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    private readonly string root;
    private readonly string displayRoot;

    public ContentSource(string contentDir)
    {
        displayRoot = contentDir.TrimEnd('/', '\\');
        root = Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar);
    }

    public string Root => root;

    /// <summary>Every article file below the root, in ordinal path order; what is skipped is said in a warning.</summary>
    public IReadOnlyList<ContentEntry> Enumerate(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(new SourceLocation(displayRoot), "the content folder does not exist");
            return [];
        }
        var entries = new List<ContentEntry>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        Walk(new DirectoryInfo(root), entries, visited, diagnostics);
        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return entries;
    }

    private void Walk(DirectoryInfo directory, List<ContentEntry> entries, HashSet<string> visited, DiagnosticBag diagnostics)
    {
        FileSystemInfo[] children;
        try
        {
            children = directory.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(Display(Relative(directory.FullName))), $"cannot list the folder: {e.Message}");
            return;
        }
        foreach (var child in children.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var relative = Relative(child.FullName);
            var at = new SourceLocation(Display(relative));
            if (child.Name.StartsWith('.') || child.Name.StartsWith('_'))
            {
                if (child is FileInfo && IsArticle(child.Name))
                    diagnostics.Warning(at, "skipped: names starting with '.' or '_' are hidden from the build");
                continue;
            }
            // The attribute comes with the listing; asking every file for its link target would cost a system call each.
            var isLink = (child.Attributes & FileAttributes.ReparsePoint) != 0 && child.LinkTarget is not null;
            if (isLink && !FollowableLink(child, at, visited, diagnostics)) continue;
            switch (child)
            {
                case DirectoryInfo subdirectory:
                    Walk(subdirectory, entries, visited, diagnostics);
                    break;
                case FileInfo file when IsArticle(file.Name):
                    entries.Add(new ContentEntry(relative, file.FullName, Display(relative), SafeLength(file), file.LastWriteTimeUtc));
                    break;
            }
        }
    }

    /// <summary>
    /// A listing brought up to date from the paths a watcher saw change (relative to the root, '/' separated) instead of
    /// listing every folder: each changed path is looked at again, the rest is taken from <paramref name="previous"/>.
    /// A changed folder is walked. Null when that cannot give exactly what <see cref="Enumerate"/> would (the previous listing
    /// had something to say, or a change is a link, a hidden article or outside): then the caller lists everything.
    /// </summary>
    public IReadOnlyList<ContentEntry>? Update(IReadOnlyList<ContentEntry> previous, IReadOnlyCollection<string> changedPaths)
    {
        var found = new Dictionary<string, ContentEntry>(StringComparer.Ordinal);
        var gone = new List<string>();
        foreach (var path in changedPaths)
        {
            var parts = path.Split('/');
            if (parts.Any(part => part.Length == 0 || part == "." || part == "..")) return null;
            var hidden = parts.Any(part => part.StartsWith('.') || part.StartsWith('_'));
            var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            var info = new FileInfo(full);
            if (Directory.Exists(full))
            {
                // A folder made or moved in (the first article of a new month, say): walked as the full listing walks it.
                if (!hidden && !ListFolder(path, full, found, gone)) return null;
                continue;
            }
            if (info.Exists && (info.Attributes & FileAttributes.ReparsePoint) != 0) return null;
            if (!info.Exists)
            {
                gone.Add(path); // a file, or a whole folder, deleted or moved away
                continue;
            }
            // What the full listing passes over in silence (an editor's swap or backup file) changes nothing here either.
            if (!IsArticle(path)) continue;
            if (hidden || !ParentsAreFolders(path)) return null;
            found[path] = new ContentEntry(path, info.FullName, Display(path), SafeLength(info), info.LastWriteTimeUtc);
        }
        // The previous listing is in ordinal order: the changes are merged in, not the 100,000 entries sorted again.
        var added = found.Values.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();
        var goneFolders = gone.Select(g => g + "/").ToList();
        var entries = new List<ContentEntry>(previous.Count + added.Count);
        var next = 0;
        string? last = null;
        var ordered = true;
        foreach (var entry in previous)
        {
            var path = entry.RelativePath;
            ordered &= last is null || string.CompareOrdinal(last, path) < 0;
            last = path;
            var replaced = false;
            for (int order; next < added.Count && (order = string.CompareOrdinal(added[next].RelativePath, path)) <= 0; next++)
            {
                entries.Add(added[next]);
                replaced |= order == 0;
            }
            if (replaced || (gone.Count > 0 && IsGone(path, gone, goneFolders))) continue;
            entries.Add(entry);
        }
        entries.AddRange(added.Skip(next));
        if (!ordered) return null;
        return entries;
    }

    /// <summary>
    /// The articles below a changed folder, for <see cref="Update"/>: what the previous listing had there is replaced by
    /// them. False when only the full listing can judge: a link on the way or inside, or anything the walk has to say.
    /// </summary>
    private bool ListFolder(string path, string full, Dictionary<string, ContentEntry> found, List<string> gone)
    {
        var folder = new DirectoryInfo(full);
        if ((folder.Attributes & FileAttributes.ReparsePoint) != 0 || !ParentsAreFolders(path + "/-")) return false;
        var entries = new List<ContentEntry>();
        var said = new DiagnosticBag();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        Walk(folder, entries, visited, said);
        // A folder link followed (visited grew) may be judged a loop by the full walk, which has seen more folders.
        if (said.Count(Severity.Warning) + said.Count(Severity.Error) > 0 || visited.Count > 1) return false;
        gone.Add(path);
        foreach (var entry in entries) found[entry.RelativePath] = entry;
        return true;
    }

    private static bool IsGone(string path, List<string> gone, List<string> goneFolders)
    {
        for (var i = 0; i < gone.Count; i++)
            if (path == gone[i] || path.StartsWith(goneFolders[i], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Every folder on the way to a file is a plain folder (no link the full listing would judge).</summary>
    private bool ParentsAreFolders(string relativePath)
    {
        var folder = Path.GetDirectoryName(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        for (; folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            var info = new DirectoryInfo(folder);
            if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0) return false;
        }
        return true;
    }

    /// <summary>A link is followed only when it resolves inside the content folder and does not lead back into a folder already seen.</summary>
    private bool FollowableLink(FileSystemInfo link, SourceLocation at, HashSet<string> visited, DiagnosticBag diagnostics)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            diagnostics.Warning(at, $"skipped: the symbolic link cannot be resolved ({e.Message})");
            return false;
        }
        if (target is null || !target.Exists)
        {
            diagnostics.Warning(at, "skipped: the symbolic link points to nothing");
            return false;
        }
        var full = Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Warning(at, "skipped: the symbolic link points outside the content folder");
            return false;
        }
        var linkPath = Path.GetFullPath(link.FullName);
        var isAncestor = linkPath.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (target is DirectoryInfo && (isAncestor || !visited.Add(full)))
        {
            diagnostics.Warning(at, "skipped: the symbolic link makes a loop");
            return false;
        }
        return true;
    }

    /// <summary>Reads and decodes one file; null with an error diagnostic when that is impossible.</summary>
    public SourceFile? Read(ContentEntry entry, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(entry.DisplayPath);
        byte[] bytes;
        try
        {
            // Opening a FIFO or a device blocks or never ends; they report no length, so a file without one is never opened.
            if (new FileInfo(entry.FullPath) is { Exists: true, Length: 0 })
            {
                diagnostics.Error(at, "the file is empty (or is not a regular file, such as a pipe)");
                return null;
            }
            using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxFileBytes)
            {
                diagnostics.Error(at, $"the file is {stream.Length / (1024 * 1024)} MB; articles over {MaxFileBytes / (1024 * 1024)} MB are not read");
                return null;
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
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

    private static long SafeLength(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private string Display(string relative) => displayRoot.Length == 0 ? relative : $"{displayRoot}/{relative}";
}
