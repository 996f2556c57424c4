using System.Text;
using Archive.Model;
using Archive.Output;

namespace Archive.Tests.Output;

/// <summary>
/// Build after build with the manifests carried over, as ArchiveBuild does: the writer touches only what changed (it keeps
/// files by stamping manifest entries, links only where its staging base differs), and every site must still be exactly
/// the files it was given, with a manifest whose hash is that of its entries.
/// </summary>
public sealed class OutputWriterSessionTests : IDisposable
{
    private readonly Workflow.TempFolder temp = new();
    private string Site => temp["site"];

    public void Dispose() => temp.Dispose();

    private static readonly string[] Paths =
        ["index.html", "a/index.html", "a/b/index.html", "a/b/c.xml", "x/index.html", "x/y/z/index.html", "feed.xml", "search/s/1.json"];

    private (PageManifest Current, PageManifest? Previous)? last;
    // The entries a write kept, by path, with that write's stamp, as a renderer remembers them: some go stale as builds go by.
    private readonly Dictionary<string, (ManifestEntry Entry, WriteStamp Stamp)> remembered = new(StringComparer.Ordinal);

    /// <summary>One build: each path with its version; a path whose version is the last site's is kept rather than written.</summary>
    private WriteSummary Build(IReadOnlyDictionary<string, int> site, Random random, bool forgetHistory, DiagnosticBag diagnostics)
    {
        var (current, previous) = last is var (c, p) && !forgetHistory
            ? (c, p)
            // As a new process finds them in the cache: the same entries, without knowing how one was made from the other.
            : last is var (c2, p2) ? (new PageManifest(c2.Fingerprints.ToDictionary(), c2.Hash()), p2 is null ? null : new PageManifest(p2.Fingerprints.ToDictionary(), p2.Hash())) : (null, null);
        using var writer = OutputWriter.Begin(Site, diagnostics, current, previous);
        Assert.NotNull(writer);
        foreach (var (path, version) in site.OrderBy(_ => random.Next()))
        {
            var fingerprint = "v" + version;
            var kept = random.Next(4) switch
            {
                0 => current?.Matches(path, fingerprint) == true && KeepAgain(writer, path, writer.Keep(path)),
                1 => writer.TryReuse(path, fingerprint),
                2 => current?.Matches(path, fingerprint) == true && remembered.TryGetValue(path, out var known)
                     && KeepAgain(writer, path, writer.Keep(known.Entry, known.Stamp)),
                _ => false,
            };
            if (!kept) writer.Write(new OutputFile(path, Encoding.UTF8.GetBytes(Content(path, version))) { Fingerprint = fingerprint });
        }
        var summary = writer.Commit();
        last = (summary.Manifest, summary.Kept);
        // Written files too, as a renderer completes what it remembers from the manifest the write committed.
        foreach (var path in site.Keys)
            if (random.Next(2) == 0 && summary.Manifest.At(path) is { } entry) remembered[path] = (entry, writer.Stamp);
        return summary;
    }

    private bool KeepAgain(OutputWriter writer, string path, ManifestEntry? entry)
    {
        if (entry is null) return false;
        Assert.Equal(path, entry.Path);
        remembered[path] = (entry, writer.Stamp);
        return true;
    }

    // Two versions in a row render the same bytes under different fingerprints (as after a new theme that changed nothing
    // here): the writer links the current file, and the base must still be known to hold it.
    private static string Content(string path, int version) => $"{path} version {version / 2}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_sites_in_a_row_come_out_exactly_with_manifests_true_to_their_files(int seed)
    {
        var random = new Random(seed);
        var site = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var build = 0; build < 40; build++)
        {
            foreach (var path in Paths)
            {
                var roll = random.Next(10);
                if (roll == 0) site.Remove(path);
                else if (roll <= 2 || !site.ContainsKey(path) && roll <= 5) site[path] = build;
            }
            var diagnostics = new DiagnosticBag();
            var summary = Build(site, random, forgetHistory: random.Next(5) == 0, diagnostics);

            Assert.Empty(diagnostics.Sorted());
            var files = Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
                .Where(f => f != ".archive-site")
                .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Site, f)), StringComparer.Ordinal);
            Assert.Equal(site.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, version) in site) Assert.Equal(Content(path, version), files[path]);
            Assert.Equal(site.ToDictionary(p => p.Key, p => "v" + p.Value).OrderBy(p => p.Key, StringComparer.Ordinal),
                summary.Manifest.Fingerprints.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(new PageManifest(summary.Manifest.Fingerprints.ToDictionary()).Hash(), summary.Manifest.Hash());
            Assert.False(Directory.EnumerateDirectories(Site, "*", SearchOption.AllDirectories).Any(d => !Directory.EnumerateFileSystemEntries(d).Any()),
                "an emptied folder was left behind");
            if (random.Next(3) == 0) SyncBase();
        }
    }

    /// <summary>What serve does while it waits: the staging base brought up to the current site, which it then is, file for file.</summary>
    private void SyncBase()
    {
        if (last is not var (current, held) || held is null) return;
        var synced = StagingBase.Sync(Site, current, held);
        Assert.NotNull(synced);
        last = (current, synced);
        var staging = Site + ".staging";
        var files = (string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Where(f => f != ".archive-site").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files(Site), files(staging));
        foreach (var path in files(Site)) Assert.Equal(File.ReadAllText(Path.Combine(Site, path)), File.ReadAllText(Path.Combine(staging, path)));
        Assert.False(Directory.EnumerateDirectories(staging, "*", SearchOption.AllDirectories).Any(d => !Directory.EnumerateFileSystemEntries(d).Any()),
            "an emptied folder was left behind in the base");
    }

    [Fact]
    public void A_file_kept_through_a_build_that_changed_it_comes_from_the_current_site_not_the_older_base()
    {
        var random = new Random(7);
        var diagnostics = new DiagnosticBag();
        Build(new Dictionary<string, int> { ["a/index.html"] = 1, ["b.html"] = 1 }, random, false, diagnostics);
        Build(new Dictionary<string, int> { ["a/index.html"] = 2, ["b.html"] = 1 }, random, false, diagnostics);
        // The staging base now holds version 1 of a/index.html; keeping version 2 must link the current file.
        using (var writer = OutputWriter.Begin(Site, diagnostics, last!.Value.Current, last.Value.Previous))
        {
            Assert.True(writer!.TryKeep("a/index.html"));
            Assert.True(writer.TryKeep("b.html"));
            var summary = writer.Commit();
            Assert.Equal(2, summary.Skipped);
        }
        Assert.Equal(Content("a/index.html", 2), File.ReadAllText(Path.Combine(Site, "a/index.html")));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_kept_file_and_a_written_one_at_the_same_path_are_refused_whichever_comes_first()
    {
        var diagnostics = new DiagnosticBag();
        Build(new Dictionary<string, int> { ["a.html"] = 1, ["b.html"] = 1 }, new Random(1), false, diagnostics);
        using (var writer = OutputWriter.Begin(Site, diagnostics, last!.Value.Current, last.Value.Previous))
        {
            Assert.True(writer!.TryKeep("a.html"));
            writer.Write(new OutputFile("a.html", "other"u8.ToArray()));
            Assert.False(writer.TryKeep("a.html"));
            writer.Write(new OutputFile("b.html", "written first"u8.ToArray()));
            Assert.False(writer.TryKeep("b.html"));
            Assert.False(writer.TryReuse("b.html", "v1"));
            writer.Commit();
        }
        Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Location.Path == "a.html");
        Assert.Equal(Content("a.html", 1), File.ReadAllText(Path.Combine(Site, "a.html")));
        Assert.Equal("written first", File.ReadAllText(Path.Combine(Site, "b.html")));
    }

    [Fact]
    public void A_file_renamed_only_in_case_replaces_the_old_name()
    {
        var diagnostics = new DiagnosticBag();
        Build(new Dictionary<string, int> { ["assets/Logo.svg"] = 1, ["index.html"] = 1 }, new Random(1), false, diagnostics);
        Build(new Dictionary<string, int> { ["assets/Logo.svg"] = 1, ["index.html"] = 2 }, new Random(1), false, diagnostics);
        Build(new Dictionary<string, int> { ["assets/logo.svg"] = 3, ["index.html"] = 2 }, new Random(1), false, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["assets/logo.svg", "index.html"], last!.Value.Current.Fingerprints.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["logo.svg"], Directory.EnumerateFiles(Path.Combine(Site, "assets")).Select(Path.GetFileName));
        Build(new Dictionary<string, int> { ["assets/logo.svg"] = 3, ["index.html"] = 4 }, new Random(1), false, diagnostics);
        Assert.Equal(["logo.svg"], Directory.EnumerateFiles(Path.Combine(Site, "assets")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_entry_the_last_write_kept_or_wrote_is_kept_again_by_it_and_a_written_file_at_its_path_is_refused()
    {
        var diagnostics = new DiagnosticBag();
        Build(new Dictionary<string, int> { ["a.html"] = 1, ["b.html"] = 1 }, new Random(1), false, diagnostics);
        ManifestEntry a, b;
        WriteStamp stamp;
        using (var writer = OutputWriter.Begin(Site, diagnostics, last!.Value.Current, last.Value.Previous))
        {
            a = writer!.Keep("a.html")!;
            b = writer.Keep("b.html")!;
            writer.Write(new OutputFile("c.html", "new"u8.ToArray()) { Fingerprint = "c1" });
            stamp = writer.Stamp;
            last = (writer.Commit().Manifest, null);
        }
        using (var writer = OutputWriter.Begin(Site, diagnostics, last.Value.Current))
        {
            Assert.Same(a, writer!.Keep(a, stamp));
            var written = last.Value.Current.At("c.html");
            Assert.NotNull(written);
            Assert.Same(written, writer.Keep(written, stamp));
            writer.Write(new OutputFile("A.html", "other"u8.ToArray()));
            Assert.Null(writer.Keep(a, stamp));
            writer.Write(new OutputFile("b.html", "written first"u8.ToArray()));
            Assert.Null(writer.Keep(b, stamp));
            Assert.Equal(2, writer.Commit().Skipped);
        }
        Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Location.Path == "A.html");
        Assert.Equal(Content("a.html", 1), File.ReadAllText(Path.Combine(Site, "a.html")));
        Assert.Equal("written first", File.ReadAllText(Path.Combine(Site, "b.html")));
    }

    [Fact]
    public void A_stale_entry_is_not_trusted_the_current_sites_file_at_its_path_is_kept_instead()
    {
        var diagnostics = new DiagnosticBag();
        Build(new Dictionary<string, int> { ["a.html"] = 1, ["b.html"] = 1, ["c.html"] = 1 }, new Random(1), false, diagnostics);
        ManifestEntry a, b, c;
        WriteStamp stamp;
        using (var writer = OutputWriter.Begin(Site, diagnostics, last!.Value.Current, last.Value.Previous))
        {
            (a, b, c) = (writer!.Keep("a.html")!, writer.Keep("b.html")!, writer.Keep("c.html")!);
            stamp = writer.Stamp;
            last = (writer.Commit().Manifest, null);
        }
        // Then a.html changes: the write replaces its entry.
        WriteStamp replacedBy;
        using (var writer = OutputWriter.Begin(Site, diagnostics, last.Value.Current))
        {
            writer!.Write(new OutputFile("a.html", "version two"u8.ToArray()) { Fingerprint = "v2" });
            Assert.Same(b, writer.Keep(b, stamp));
            Assert.Same(c, writer.Keep(c, stamp));
            replacedBy = writer.Stamp;
            last = (writer.Commit().Manifest, null);
        }
        // Neither the write that replaced it nor the one before vouches for the old entry: the current one is kept.
        foreach (var keptBy in new[] { replacedBy, stamp })
        {
            using var writer = OutputWriter.Begin(Site, diagnostics, last.Value.Current);
            var kept = writer!.Keep(a, keptBy);
            Assert.NotNull(kept);
            Assert.NotSame(a, kept);
            Assert.Equal("v2", kept.Fingerprint);
            last = (writer.Commit().Manifest, null);
            Assert.Equal("v2", last.Value.Current.Fingerprints["a.html"]);
            Assert.Equal("version two", File.ReadAllText(Path.Combine(Site, "a.html")));
        }
        Assert.Empty(diagnostics.Sorted());
    }
}
