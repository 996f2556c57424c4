using Archive.Model;

namespace Archive.Reading;

/// <summary>Picks the reader for a file by its extension and guards the pipeline against reader bugs.</summary>
public sealed class Readers
{
    private readonly IReadOnlyList<IArticleReader> readers;

    public Readers(params IArticleReader[] readers) => this.readers = readers;

    public static Readers Default { get; } = new(new MarkdownReader(), new PlainTextReader());

    public Article? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file.Path));
        if (reader is null)
        {
            diagnostics.Error(file.At(), "no reader for this kind of file");
            return null;
        }
        try
        {
            return reader.Read(file, config, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug must cost one article, named, not the build.
            diagnostics.Error(file.At(), $"internal error while reading: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}
