using System.Text;
using Archive.Model;
using Archive.Output;

namespace Archive.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archive-writer-" + Guid.NewGuid().ToString("N")[..10]);
    private string Site => Path.Combine(root, "site");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/windows/x.html")]
    [InlineData("a\\..\\x.html")]
    [InlineData("%2e%2e/x.html")]
    [InlineData("con/index.html")]
    [InlineData("a//b.html")]
    public void Unsafe_paths_are_refused_and_nothing_is_written_outside(string path)
    {
        Directory.CreateDirectory(root);
        var diagnostics = new DiagnosticBag();
        using (var writer = OutputWriter.Begin(Site, diagnostics))
        {
            Assert.NotNull(writer);
            writer.Write(File(path, "x"));
            writer.Write(File("ok.html", "fine"));
            writer.Commit();
        }
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Message.StartsWith("refused to write output", StringComparison.Ordinal));
        var everything = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order().ToList();
        Assert.Equal(["site/.archive-site", "site/ok.html"], everything);
    }

    [Fact]
    public void Two_outputs_at_one_path_differing_only_by_case_are_refused()
    {
        var diagnostics = new DiagnosticBag();
        using var writer = OutputWriter.Begin(Site, diagnostics);
        Assert.NotNull(writer);
        writer.Write(File("Topics/index.html", "a"));
        writer.Write(File("topics/index.html", "b"));
        Assert.Single(diagnostics.Sorted());
    }

    [Fact]
    public void Unchanged_files_keep_their_modification_time_and_orphans_disappear()
    {
        var diagnostics = new DiagnosticBag();
        using (var first = OutputWriter.Begin(Site, diagnostics))
        {
            first!.Write(File("same.html", "same"));
            first.Write(File("changed.html", "old"));
            first.Write(File("gone.html", "bye"));
            first.Commit();
        }
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(Path.Combine(Site, "same.html"), stamp);

        using (var second = OutputWriter.Begin(Site, diagnostics))
        {
            second!.Write(File("same.html", "same"));
            second.Write(File("changed.html", "new"));
            var summary = second.Commit();
            Assert.Equal(1, summary.Unchanged);
            Assert.Equal(1, summary.Written);
        }
        Assert.Equal(stamp, System.IO.File.GetLastWriteTimeUtc(Path.Combine(Site, "same.html")));
        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(Site, "changed.html")));
        Assert.False(System.IO.File.Exists(Path.Combine(Site, "gone.html")));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_file_whose_bytes_hash_differs_is_written_without_reading_the_current_one_back_and_one_whose_hash_is_the_same_is_compared()
    {
        static OutputFile Hashed(string path, string text, char key, char bytes) =>
            File(path, text) with { Fingerprint = new string(key, 64) + new string(bytes, 64), BytesHashLength = 64 };
        var diagnostics = new DiagnosticBag();
        PageManifest manifest;
        using (var first = OutputWriter.Begin(Site, diagnostics))
        {
            first!.Write(Hashed("a.json", "same", 'k', '1'));
            first.Write(Hashed("b.json", "same", 'k', '1'));
            manifest = first.Commit().Manifest;
        }
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var name in new[] { "a.json", "b.json" }) System.IO.File.SetLastWriteTimeUtc(Path.Combine(Site, name), stamp);

        using (var second = OutputWriter.Begin(Site, diagnostics, manifest))
        {
            // The same bytes, told apart by their hash: taken at its word (the hash says they differ), so written.
            second!.Write(Hashed("a.json", "same", 'k', '2'));
            // Another key (a new theme, say) but the same bytes hash: compared, found the same, kept as it is.
            second.Write(Hashed("b.json", "same", 'K', '1'));
            var summary = second.Commit();
            Assert.Equal(1, summary.Written);
            Assert.Equal(1, summary.Unchanged);
        }
        Assert.NotEqual(stamp, System.IO.File.GetLastWriteTimeUtc(Path.Combine(Site, "a.json")));
        Assert.Equal(stamp, System.IO.File.GetLastWriteTimeUtc(Path.Combine(Site, "b.json")));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_folder_not_made_by_archive_is_never_replaced()
    {
        Directory.CreateDirectory(Site);
        System.IO.File.WriteAllText(Path.Combine(Site, "precious.txt"), "keep me");
        var diagnostics = new DiagnosticBag();
        Assert.Null(OutputWriter.Begin(Site, diagnostics));
        Assert.True(System.IO.File.Exists(Path.Combine(Site, "precious.txt")));
        Assert.True(diagnostics.HasErrors);
    }
}
