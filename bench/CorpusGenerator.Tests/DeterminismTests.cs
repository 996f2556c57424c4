namespace Archive.Bench.Corpus.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_arguments_give_the_same_articles()
    {
        var first = Corpus.InMemory(300, seed: 11).ToList();
        var second = Corpus.InMemory(300, seed: 11).ToList();
        Assert.Equal(first.Select(a => (a.Plan.RelativePath, a.Text, a.HugoText)), second.Select(a => (a.Plan.RelativePath, a.Text, a.HugoText)));
    }

    [Fact]
    public void Another_seed_gives_other_articles()
    {
        var first = Corpus.InMemory(50, seed: 11).Select(a => a.Text).ToList();
        var second = Corpus.InMemory(50, seed: 12).Select(a => a.Text).ToList();
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void A_larger_corpus_starts_with_the_smaller_one()
    {
        // The add-one benchmark relies on the first N articles being the same whatever the count.
        var small = Corpus.InMemory(100, seed: 3).Select(a => a.Text);
        var large = Corpus.InMemory(200, seed: 3).Take(100).Select(a => a.Text);
        Assert.Equal(small, large);
    }

    [Fact]
    public void Writing_to_disk_twice_gives_identical_bytes()
    {
        var root = Path.Combine(Path.GetTempPath(), "corpus-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var a = Path.Combine(root, "a");
            var b = Path.Combine(root, "b");
            Corpus.WriteTo(new GeneratorOptions(200, 5, a, Path.Combine(root, "hugo"), 0.1));
            Corpus.WriteTo(new GeneratorOptions(200, 5, b, null, 0.1));
            var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(200, files.Count);
            Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
            Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
            Assert.True(File.Exists(Path.Combine(root, "hugo", "hugo.toml")));
            Assert.Equal(200, Directory.GetFiles(Path.Combine(root, "hugo", "content", HugoSite.Section), "*.md", SearchOption.AllDirectories)
                .Count(f => !f.EndsWith("_index.md", StringComparison.Ordinal)));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("--count", "10", "--seed", "1")]
    [InlineData("--count", "0", "--seed", "1", "--out", "x")]
    [InlineData("--count", "10", "--seed", "1", "--out", "x", "--markdown-fraction", "1.5")]
    [InlineData("--count", "10", "--seed", "1", "--out")]
    public void Bad_command_lines_are_refused_with_a_reason(params string[] args)
    {
        Assert.Null(GeneratorOptions.Parse(args, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void A_full_command_line_is_understood()
    {
        var options = GeneratorOptions.Parse(["--count", "10", "--seed", "-4", "--out", "c", "--hugo", "h", "--markdown-fraction", "0.25"], out _);
        Assert.Equal(new GeneratorOptions(10, -4, "c", "h", 0.25), options);
    }
}
