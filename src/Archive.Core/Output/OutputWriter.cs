using System.Collections.Concurrent;
using Archive.Model;

namespace Archive.Output;

/// <summary>What a finished write did.</summary>
/// <param name="Written">Files whose bytes were written.</param>
/// <param name="Unchanged">Files linked from the previous site, rendered or not.</param>
/// <param name="Skipped">Of those, files not even rendered: their inputs were unchanged.</param>
public sealed record WriteSummary(int Written, int Unchanged, int Skipped, long Bytes, PageManifest Manifest);

/// <summary>
/// The only writer of the disk for the site. Files go into a staging folder beside the output; unchanged files are hard-linked
/// from the current site (so their modification times stay); <see cref="Commit"/> swaps the staging folder in atomically, so the
/// output folder is always a complete site, the previous one or the new one.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly DiagnosticBag diagnostics;
    private readonly ConcurrentDictionary<string, string> claimed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> fingerprints = new(StringComparer.Ordinal);
    // Thousands of pages share a folder: ask the file system to create each folder once, not once per file.
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private int written;
    private int unchanged;
    private int skipped;
    private long bytes;
    private bool committed;

    private OutputWriter(string output, DiagnosticBag diagnostics)
    {
        this.output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        staging = this.output + ".staging";
        this.diagnostics = diagnostics;
    }

    /// <summary>Starts a write into a fresh staging folder; null (with an error) if the output folder cannot be used.</summary>
    public static OutputWriter? Begin(string outputDir, DiagnosticBag diagnostics)
    {
        var writer = new OutputWriter(outputDir, diagnostics);
        var problem = OutputOwnership.Check(writer.output);
        if (problem is not null)
        {
            diagnostics.Error(new SourceLocation(outputDir), problem);
            return null;
        }
        try
        {
            if (Directory.Exists(writer.staging)) Directory.Delete(writer.staging, recursive: true);
            Directory.CreateDirectory(writer.staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(outputDir), $"cannot prepare the output folder: {e.Message}");
            return null;
        }
        return writer;
    }

    /// <summary>The folder the site is published in (absolute).</summary>
    public string OutputDir => output;

    /// <summary>Writes one file into the new site; refuses unsafe or duplicate paths with an error. Thread-safe.</summary>
    public void Write(OutputFile file)
    {
        if (file.AlreadyWritten) return;
        var target = Claim(file.RelativePath);
        if (target is null) return;
        var current = Path.Combine(output, file.RelativePath);
        if (file.Fingerprint is not null) fingerprints[file.RelativePath] = file.Fingerprint;
        if (SameBytes(current, file.Content.Span) && NativeFiles.TryHardLink(current, target))
        {
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            File.WriteAllBytes(target, file.Content.Span);
            Interlocked.Increment(ref written);
        }
        Interlocked.Add(ref bytes, file.Content.Length);
    }

    /// <summary>
    /// Puts the current site's file into the new site without rendering it (the caller knows its inputs are unchanged);
    /// false if it cannot (no such file, no hard links here), and the caller renders it instead. Thread-safe.
    /// </summary>
    public bool TryReuse(string relativePath, string fingerprint)
    {
        if (OutputPaths.Problem(relativePath) is not null) return false;
        var current = Path.Combine(output, relativePath);
        var info = new FileInfo(current);
        if (!info.Exists || !claimed.TryAdd(relativePath, relativePath)) return false;
        var target = Path.Combine(staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(target) ?? staging);
        if (!NativeFiles.TryHardLink(current, target))
        {
            claimed.TryRemove(relativePath, out _);
            return false;
        }
        fingerprints[relativePath] = fingerprint;
        Interlocked.Increment(ref unchanged);
        Interlocked.Increment(ref skipped);
        Interlocked.Add(ref bytes, info.Length);
        return true;
    }

    /// <summary>The staging path for a new file, or null (with an error) when the path is unsafe or already taken.</summary>
    private string? Claim(string relativePath)
    {
        var problem = OutputPaths.Problem(relativePath);
        if (problem is null && !claimed.TryAdd(relativePath, relativePath))
            problem = $"another output already claims this path ('{claimed[relativePath]}')";
        var target = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (problem is null && !target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            problem = "the path leads outside the output folder";
        if (problem is not null)
        {
            diagnostics.Error(new SourceLocation(relativePath), $"refused to write output: {problem}");
            return null;
        }
        EnsureFolder(Path.GetDirectoryName(target) ?? staging);
        return target;
    }

    private void EnsureFolder(string folder)
    {
        if (folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        folders.TryAdd(folder, true);
    }

    /// <summary>Makes the new site the output folder in one step and removes the previous one.</summary>
    public WriteSummary Commit()
    {
        var manifest = new PageManifest(new Dictionary<string, string>(fingerprints, StringComparer.Ordinal));
        OutputOwnership.Mark(staging, manifest.Hash());
        if (Directory.Exists(output))
        {
            if (!NativeFiles.TryExchange(staging, output))
            {
                // No atomic exchange here (not Linux, or the file system refuses): the window between the renames is tiny.
                var previous = output + ".previous";
                if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
                Directory.Move(output, previous);
                Directory.Move(staging, output);
                Directory.Delete(previous, recursive: true);
                committed = true;
                return Summary(manifest);
            }
            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, output);
        }
        committed = true;
        return Summary(manifest);
    }

    private WriteSummary Summary(PageManifest manifest) => new(written, unchanged, skipped, bytes, manifest);

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != content.Length) return false;
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Abandons an uncommitted write: the staging folder goes, the output folder is untouched.</summary>
    public void Dispose()
    {
        if (committed || !Directory.Exists(staging)) return;
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next build, which clears it first.
        }
    }
}
