using System.Text;
using Archive.Model;
using Archive.Output;

namespace Archive.Tests.Output;

/// <summary>
/// A serve session's builds write changed files through the staging base's own copies (no inode freed or made) and the
/// idle-time sync copies the live files into them: the live site must never change before a commit, an unchanged file must
/// keep its modification time, and a file the base shares with anything else must never be written through.
/// </summary>
public sealed class StagingCopiesTests : IDisposable
{
    private readonly Workflow.TempFolder temp = new();
    private string Site => temp["site"];
    private string Staging => temp["site.staging"];
    private (PageManifest Current, PageManifest? Previous)? last;

    public void Dispose() => temp.Dispose();

    // Versions 2n and 2n+1 render the same bytes: writing the second is writing the live file's bytes again.
    private static byte[] Content(string path, int version) => Encoding.UTF8.GetBytes($"{path} version {version / 2} " + new string('x', version / 2 % 5 * 40));

    /// <summary>The live site, file by file: inode, bytes and modification time (to the nanosecond).</summary>
    private Dictionary<string, (FileIdentity Identity, string Text)> Live() =>
        Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(Site, f).Replace('\\', '/'),
            f => (NativeFiles.Identify(f) ?? throw new InvalidOperationException("statx failed"), File.ReadAllText(f)),
            StringComparer.Ordinal);

    private static void AssertSame(Dictionary<string, (FileIdentity Identity, string Text)> before, Dictionary<string, (FileIdentity Identity, string Text)> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (identity, text)) in before)
        {
            Assert.Equal(text, after[path].Text);
            Assert.Equal(identity, after[path].Identity with { Links = identity.Links });
        }
    }

    /// <summary>One build as ArchiveBuild runs it: a file whose version is the current site's is kept, any other written.</summary>
    private OutputWriter Start(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> site)
    {
        var writer = OutputWriter.Begin(Site, diagnostics, last?.Current, last?.Previous);
        Assert.NotNull(writer);
        foreach (var (path, version) in site.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (last?.Current.Matches(path, "v" + version) != true || !writer.TryKeep(path))
                writer.Write(new OutputFile(path, Content(path, version)) { Fingerprint = "v" + version });
        return writer;
    }

    private void Finish(OutputWriter writer)
    {
        var summary = writer.Commit();
        last = (summary.Manifest, summary.Kept);
    }

    private void Sync()
    {
        if (last is not var (current, held) || held is null) return;
        var synced = StagingBase.Sync(Site, current, held);
        Assert.NotNull(synced);
        last = (current, synced);
    }

    [Fact]
    public void A_serve_session_never_touches_the_live_site_before_a_commit_and_matches_what_it_was_given()
    {
        if (!OperatingSystem.IsLinux()) return;
        var paths = new[] { "index.html", "a/index.html", "a/b.html", "feed.xml", "search/1.json", "search/2.json" };
        var random = new Random(11);
        var site = paths.ToDictionary(p => p, _ => 0, StringComparer.Ordinal);
        var throughTotal = 0;
        for (var build = 1; build <= 30; build++)
        {
            foreach (var path in paths)
            {
                var roll = random.Next(6);
                if (roll == 0) site.Remove(path);
                else if (roll <= 3) site[path] = build;
            }
            var diagnostics = new DiagnosticBag();
            var before = Directory.Exists(Site) ? Live() : null;
            using (var writer = Start(diagnostics, site))
            {
                if (before is not null) AssertSame(before, Live());
                throughTotal += writer.WrittenThrough;
                Finish(writer);
            }
            Assert.Empty(diagnostics.Sorted());
            var now = Live();
            Assert.Equal(site.Keys.Append(".archive-site").Order(StringComparer.Ordinal), now.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, version) in site) Assert.Equal(Encoding.UTF8.GetString(Content(path, version)), now[path].Text);
            if (random.Next(4) != 0)
            {
                Sync();
                AssertSame(now, Live());
            }
        }
        Assert.True(throughTotal > 20, $"only {throughTotal} files were written through");
    }

    [Fact]
    public void Unshared_files_become_own_copies_with_the_same_bytes_and_times_and_the_next_writes_go_through_them()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        var site = new Dictionary<string, int> { ["t/a.json"] = 2, ["t/b.json"] = 2, ["p.html"] = 2 };
        Finish(Start(diagnostics, site));
        Finish(Start(diagnostics, site)); // unchanged: every base file is a link to the live one
        Sync();
        var before = Live();
        Assert.All(before.Keys.Where(path => path != OutputOwnership.MarkerName),
            path => Assert.Equal(before[path].Identity.Inode, NativeFiles.Identify(Path.Combine(Staging, path))?.Inode));

        Assert.True(StagingBase.Unshare(Site, last!.Value.Previous!, "t"));

        AssertSame(before, Live());
        foreach (var path in new[] { "t/a.json", "t/b.json" })
        {
            var copy = NativeFiles.Identify(Path.Combine(Staging, path));
            Assert.Equal(1u, copy?.Links);
            Assert.NotEqual(before[path].Identity.Inode, copy?.Inode);
            Assert.Equal((before[path].Identity.ModifiedSeconds, before[path].Identity.ModifiedNanoseconds), (copy?.ModifiedSeconds, copy?.ModifiedNanoseconds));
            Assert.Equal(before[path].Text, File.ReadAllText(Path.Combine(Staging, path)));
        }
        Assert.Equal(before["p.html"].Identity.Inode, NativeFiles.Identify(Path.Combine(Staging, "p.html"))?.Inode); // outside the folder
        Assert.DoesNotContain(Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories), f => f.EndsWith(".archive-copy", StringComparison.Ordinal));
        Assert.Equal(OutputOwnership.ManifestHash(Site), OutputOwnership.ManifestHash(Staging));

        using var writer = Start(diagnostics, new Dictionary<string, int> { ["t/a.json"] = 4, ["t/b.json"] = 4, ["p.html"] = 2 });
        Assert.Equal(2, writer.WrittenThrough);
        Finish(writer);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_base_not_the_one_expected_is_not_unshared()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        Finish(Start(diagnostics, new Dictionary<string, int> { ["t/a.json"] = 2 }));
        Finish(Start(diagnostics, new Dictionary<string, int> { ["t/a.json"] = 4 }));
        var staged = NativeFiles.Identify(Path.Combine(Staging, "t/a.json"));

        // The live site's manifest is not the one the staging folder holds.
        Assert.False(StagingBase.Unshare(Site, last!.Value.Current, "t"));
        Assert.False(StagingBase.Unshare(Site, PageManifest.Empty, "t"));
        Assert.Equal(staged, NativeFiles.Identify(Path.Combine(Staging, "t/a.json")));
    }

    [Fact]
    public void After_a_sync_the_base_holds_its_own_copy_and_the_next_write_goes_through_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 2, ["q.html"] = 2 }));
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 4, ["q.html"] = 2 }));
        Sync();
        var live = NativeFiles.Identify(Path.Combine(Site, "p.html"));
        var copy = NativeFiles.Identify(Path.Combine(Staging, "p.html"));
        Assert.NotNull(live);
        Assert.NotNull(copy);
        Assert.NotEqual(live.Value.Inode, copy.Value.Inode);
        Assert.Equal(1u, copy.Value.Links);
        Assert.Equal((live.Value.ModifiedSeconds, live.Value.ModifiedNanoseconds), (copy.Value.ModifiedSeconds, copy.Value.ModifiedNanoseconds));
        Assert.Equal(File.ReadAllText(Path.Combine(Site, "p.html")), File.ReadAllText(Path.Combine(Staging, "p.html")));

        using (var writer = Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 6, ["q.html"] = 2 }))
        {
            Assert.Equal(1, writer.WrittenThrough);
            var written = NativeFiles.Identify(Path.Combine(Staging, "p.html"));
            Assert.Equal(copy.Value.Inode, written?.Inode);
            Assert.Equal(Encoding.UTF8.GetString(Content("p.html", 6)), File.ReadAllText(Path.Combine(Staging, "p.html")));
            Finish(writer);
        }
        Assert.Equal(copy.Value.Inode, NativeFiles.Identify(Path.Combine(Site, "p.html"))?.Inode);
        Assert.Equal(live.Value.Inode, NativeFiles.Identify(Path.Combine(Staging, "p.html"))?.Inode);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_file_no_build_changes_keeps_its_modification_time_through_copies_and_swaps()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 2, ["q.html"] = 2 }));
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 4, ["q.html"] = 2 }));
        var written = NativeFiles.Identify(Path.Combine(Site, "p.html"));
        Thread.Sleep(20);
        Sync();
        // p.html unchanged (kept, then written with the same bytes under another fingerprint), q.html changed: twice.
        foreach (var version in new[] { 4, 5 })
        {
            Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = version, ["q.html"] = 6 + version }));
            var now = NativeFiles.Identify(Path.Combine(Site, "p.html"));
            Assert.Equal((written?.ModifiedSeconds, written?.ModifiedNanoseconds), (now?.ModifiedSeconds, now?.ModifiedNanoseconds));
            Assert.Equal(Encoding.UTF8.GetString(Content("p.html", 4)), File.ReadAllText(Path.Combine(Site, "p.html")));
            Thread.Sleep(20);
            Sync();
        }
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void An_abandoned_write_leaves_the_live_site_as_it_was()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 2, ["q.html"] = 2 }));
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 4, ["q.html"] = 4 }));
        Sync();
        var before = Live();
        using (var writer = Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 6, ["q.html"] = 8 }))
            Assert.Equal(2, writer.WrittenThrough);
        AssertSame(before, Live());
        Assert.False(Directory.Exists(Staging));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_base_file_with_another_name_is_replaced_not_written_through()
    {
        if (!OperatingSystem.IsLinux()) return;
        var diagnostics = new DiagnosticBag();
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 2 }));
        Finish(Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 4 }));
        Sync();
        // Someone's backup links the base's own copy: writing through it would change the backup.
        var backup = temp["backup.html"];
        Assert.True(NativeFiles.TryHardLink(Path.Combine(Staging, "p.html"), backup));
        var saved = File.ReadAllText(backup);
        using (var writer = Start(diagnostics, new Dictionary<string, int> { ["p.html"] = 6 }))
        {
            Assert.Equal(0, writer.WrittenThrough);
            Finish(writer);
        }
        Assert.Equal(saved, File.ReadAllText(backup));
        Assert.Equal(Encoding.UTF8.GetString(Content("p.html", 6)), File.ReadAllText(Path.Combine(Site, "p.html")));
        Assert.Empty(diagnostics.Sorted());
    }
}
