using System.Collections.Concurrent;
using Archive.Model;

namespace Archive.Output;

/// <summary>What a finished write did.</summary>
public sealed record WriteSummary(int Written, int Unchanged, long Bytes);

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
    private int written;
    private int unchanged;
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
            OutputOwnership.Mark(writer.staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(outputDir), $"cannot prepare the output folder: {e.Message}");
            return null;
        }
        return writer;
    }

    /// <summary>Writes one file into the new site; refuses unsafe or duplicate paths with an error. Thread-safe.</summary>
    public void Write(OutputFile file)
    {
        var problem = OutputPaths.Problem(file.RelativePath);
        if (problem is null && !claimed.TryAdd(file.RelativePath, file.RelativePath))
            problem = $"another output already claims this path ('{claimed[file.RelativePath]}')";
        var target = Path.GetFullPath(Path.Combine(staging, file.RelativePath));
        if (problem is null && !target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            problem = "the path leads outside the output folder";
        if (problem is not null)
        {
            diagnostics.Error(new SourceLocation(file.RelativePath), $"refused to write output: {problem}");
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target) ?? staging);
        var current = Path.Combine(output, file.RelativePath);
        if (SameBytes(current, file.Content.Span) && NativeFiles.TryHardLink(current, target))
        {
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            File.WriteAllBytes(target, file.Content.ToArray());
            Interlocked.Increment(ref written);
        }
        Interlocked.Add(ref bytes, file.Content.Length);
    }

    /// <summary>Makes the new site the output folder in one step and removes the previous one.</summary>
    public WriteSummary Commit()
    {
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
                return Summary();
            }
            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, output);
        }
        committed = true;
        return Summary();
    }

    private WriteSummary Summary() => new(written, unchanged, bytes);

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
