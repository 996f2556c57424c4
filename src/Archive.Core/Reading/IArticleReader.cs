using Archive.Model;

namespace Archive.Reading;

/// <summary>Turns one source file into an article. Pure: never touches the disk, never throws for bad content.</summary>
public interface IArticleReader
{
    bool CanRead(string path);

    /// <summary>The article, or null when the file holds none (the reason is an error in <paramref name="diagnostics"/>).</summary>
    Article? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics);
}
