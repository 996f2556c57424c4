using System.Globalization;
using Archive.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Archive.Reading;

/// <summary>Fields an author set in a YAML block at the top of a file. Null means "not given".</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public string? Place { get; init; }
    public string? Summary { get; init; }
    public string? Slug { get; init; }
    public bool Draft { get; init; }

    public static FrontMatter Empty { get; } = new();

    /// <summary>The text after the block, and how many lines the block took (to keep line numbers true).</summary>
    public sealed record Split(string Yaml, string Body, int BodyLine);

    /// <summary>A file's text with its front matter parsed: the fields, the body after the block, and the body's first line.</summary>
    public sealed record Document(FrontMatter Front, string Body, int BodyLine);

    /// <summary>Normalises line ends and parses a leading front matter block; null (with an error) when the block is never closed.</summary>
    public static Document? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = LineEnds.Normalize(file.Text);
        if (SplitOff(text) is not { } split) return new Document(Empty, text, 1);
        if (split.BodyLine < 0)
        {
            diagnostics.Error(file.At(1), "front matter is not closed with a '---' line");
            return null;
        }
        return new Document(Parse(split.Yaml, file, config, diagnostics), split.Body, split.BodyLine);
    }

    /// <summary>Separates a leading <c>---</c> block from the body; null when the text has none.</summary>
    public static Split? SplitOff(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return null;
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0 || text[..firstEnd].TrimEnd('\r').Trim() != "---") return null;
        var position = firstEnd + 1;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            if (current.Trim() is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Split(yaml, body, line + 1);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        return new Split(text[(firstEnd + 1)..], "", -1);
    }

    /// <summary>Parses the YAML of a front matter block. Errors point at the line in the whole file.</summary>
    public static FrontMatter Parse(string yaml, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        YamlMappingNode? map;
        Scanner? scanner = null;
        if (FrontMatterLimits.Check(yaml) is { } refusal)
        {
            diagnostics.Error(file.At(2), refusal);
            return Empty;
        }
        try
        {
            if (FirstAlias(yaml) is { } alias)
            {
                diagnostics.Error(file.At((int)alias.Start.Line + 1, (int)alias.Start.Column),
                    $"front matter uses the YAML alias '*{alias.Value}': aliases are not supported here, write the value out");
                return Empty;
            }
            var stream = new YamlStream();
            using var reader = new StringReader(yaml);
            scanner = new Scanner(reader, skipComments: true);
            stream.Load(new Parser(scanner));
            if (stream.Documents.Count == 0) return Empty;
            map = stream.Documents[0].RootNode as YamlMappingNode;
            if (map is null)
            {
                if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return Empty;
                diagnostics.Error(file.At(2), "front matter must be a set of 'key: value' lines");
                return Empty;
            }
        }
        catch (YamlException e)
        {
            diagnostics.Error(file.At((int)e.Start.Line + 1, (int)e.Start.Column), $"malformed front matter: {Configuration.YamlMessages.Clean(e)}");
            return Empty;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's scanner throws this for an escape such as "\uD800\u0041" (a surrogate without its pair).
            diagnostics.Error(file.At(2), "malformed front matter: an escape names half a Unicode character (a surrogate)");
            return Empty;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way when the block ends inside an unclosed '[' or '{'.
            var scanned = scanner?.CurrentPosition;
            var (line, column) = FrontMatterLimits.UnclosedBracket(yaml) ?? ((int)(scanned?.Line ?? 1), (int)(scanned?.Column ?? 1));
            diagnostics.Error(file.At(line + 1, column), "malformed front matter: a '[' or '{' is never closed");
            return Empty;
        }
        return new FrontMatterFields(file, config, diagnostics).Read(map);
    }

    /// <summary>
    /// The first alias of the block, if any. YamlDotNet resolves an alias used as a mapping key by comparing alias nodes,
    /// which recurses without end on some inputs (found by the reader fuzz test): a stack overflow, which cannot be caught.
    /// </summary>
    private static AnchorAlias? FirstAlias(string yaml)
    {
        if (!yaml.Contains('*')) return null;
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
            if (parser.Current is AnchorAlias alias) return alias;
        return null;
    }
}
