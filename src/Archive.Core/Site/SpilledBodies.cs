using System.Collections.Concurrent;
using System.Text;
using Archive.Model;
using Archive.Rendering;
using Microsoft.Win32.SafeHandles;

namespace Archive.Site;

/// <summary>
/// Bodies written to a scratch file as the first pass parses them, and read back by offset when their pages render: each
/// article is parsed once, and memory holds two numbers per article, never the bodies. Articles not parsed in this build
/// (unchanged ones, from the cache) are read and parsed again by <see cref="Fallback"/>.
/// </summary>
public sealed class SpilledBodies : IArticleBodies, IDisposable
{
    private readonly ConcurrentDictionary<string, (long Offset, int Length)> places = new(StringComparer.Ordinal);
    private SafeFileHandle? file;
    private long end;

    /// <summary>Spills into a new scratch file in <paramref name="folder"/>; without one (it cannot be made) every body is re-read.</summary>
    public static SpilledBodies Create(string folder)
    {
        var bodies = new SpilledBodies();
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"bodies-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            bodies.file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
            // Gone from the folder at once where the platform allows, so a killed build leaves no scratch file behind.
            if (!OperatingSystem.IsWindows()) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bodies.file = null;
        }
        return bodies;
    }

    /// <summary>The rest of the body source, set once the content list is known.</summary>
    public IArticleBodies? Fallback { get; set; }

    /// <summary>Keeps a parsed article's body for its page. Thread-safe.</summary>
    public void Add(string sourcePath, Article article)
    {
        if (file is null) return;
        var bytes = Encode(article);
        var offset = Interlocked.Add(ref end, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(file, bytes, offset);
            places[sourcePath] = (offset, bytes.Length);
        }
        catch (IOException)
        {
            // A full disk costs this body its shortcut: it is parsed again when rendered.
        }
    }

    public ArticleBody? Load(ArticleEntry entry)
    {
        if (file is null || !places.TryGetValue(entry.SourcePath, out var place)) return Fallback?.Load(entry);
        var bytes = new byte[place.Length];
        if (RandomAccess.Read(file, bytes, place.Offset) != bytes.Length) return Fallback?.Load(entry);
        return Decode(bytes);
    }

    private static byte[] Encode(Article article)
    {
        using var memory = new MemoryStream(article.BodyHtml.Length + 64);
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(article.BodyHtml);
            writer.Write(article.Captions.Count);
            foreach (var caption in article.Captions) writer.Write(caption);
        }
        return memory.ToArray();
    }

    private static ArticleBody Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var body = reader.ReadString();
        var captions = new string[reader.ReadInt32()];
        for (var i = 0; i < captions.Length; i++) captions[i] = reader.ReadString();
        return new ArticleBody(body, captions);
    }

    public void Dispose() => file?.Dispose();
}
