using Archive.Bench.Corpus;
using Archive.Model;

namespace Archive.Benchmarks;

/// <summary>A fixed batch of generated articles as the readers receive them; identical in every process.</summary>
public static class ReaderCorpus
{
    public const int Count = 500;
    public const int Seed = 7;

    private static readonly Lazy<SourceFile[]> All = new(() => Corpus.InMemory(Count, Seed, markdownFraction: 0.2)
        .Select(a => new SourceFile(a.Plan.RelativePath, a.Text))
        .ToArray());

    public static SourceFile[] PlainText => All.Value.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToArray();

    public static SourceFile[] Markdown => All.Value.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).ToArray();

    public static SourceFile[] Mixed => All.Value;

    public static long PlainTextBytes => Bytes(PlainText);

    public static long MarkdownBytes => Bytes(Markdown);

    public static long MixedBytes => Bytes(Mixed);

    private static long Bytes(IEnumerable<SourceFile> files) => files.Sum(f => (long)Corpus.Utf8.GetByteCount(f.Text));
}
