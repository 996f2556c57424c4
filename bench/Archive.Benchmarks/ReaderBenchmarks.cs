using Archive.Model;
using Archive.Reading;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>The readers on a batch of generated articles: one operation reads the whole batch.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly SiteConfig config = SiteConfig.Default;
    private SourceFile[] plainText = [];
    private SourceFile[] markdown = [];
    private SourceFile[] mixed = [];

    [GlobalSetup]
    public void Setup()
    {
        plainText = ReaderCorpus.PlainText;
        markdown = ReaderCorpus.Markdown;
        mixed = ReaderCorpus.Mixed;
    }

    [Benchmark(Baseline = true)]
    [BytesPerOperation(typeof(ReaderCorpus), nameof(ReaderCorpus.PlainTextBytes))]
    public int PlainTextReader() => ReadAll(new PlainTextReader(), plainText);

    [Benchmark]
    [BytesPerOperation(typeof(ReaderCorpus), nameof(ReaderCorpus.MarkdownBytes))]
    public int MarkdownReader() => ReadAll(new MarkdownReader(), markdown);

    [Benchmark]
    [BytesPerOperation(typeof(ReaderCorpus), nameof(ReaderCorpus.MixedBytes))]
    public int ReadersDefault()
    {
        var diagnostics = new DiagnosticBag();
        var read = 0;
        foreach (var file in mixed)
        {
            if (Readers.Default.Read(file, config, diagnostics) is not null) read++;
        }
        return read;
    }

    private int ReadAll(IArticleReader reader, SourceFile[] files)
    {
        var diagnostics = new DiagnosticBag();
        var words = 0;
        foreach (var file in files) words += reader.Read(file, config, diagnostics)?.WordCount ?? 0;
        return words;
    }
}
