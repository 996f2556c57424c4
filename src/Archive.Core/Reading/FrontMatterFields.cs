using System.Globalization;
using Archive.Model;
using YamlDotNet.RepresentationModel;

namespace Archive.Reading;

/// <summary>Reads typed fields out of a front matter mapping, reporting wrong types at their line.</summary>
internal sealed class FrontMatterFields(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> Known =
        ["title", "date", "updated", "source", "author", "authors", "topics", "tags", "place", "summary", "slug", "draft", "url"];

    public FrontMatter Read(YamlMappingNode map)
    {
        var result = FrontMatter.Empty;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Known.Contains(key))
            {
                diagnostics.Warning(At(keyNode), $"unknown front matter key '{key}' is ignored");
                continue;
            }
            result = key switch
            {
                "title" => result with { Title = Text(key, value) },
                "date" => result with { Date = Date(key, value) },
                "updated" => result with { Updated = Date(key, value) },
                "source" => result with { Source = Text(key, value) },
                "author" or "authors" => result with { Authors = List(key, value) },
                "topics" or "tags" => result with { Topics = (result.Topics ?? []).Concat(List(key, value) ?? []).ToList() },
                "place" => result with { Place = Text(key, value) },
                "summary" => result with { Summary = Text(key, value) },
                "slug" or "url" => result with { Slug = Text(key, value) },
                "draft" => result with { Draft = Bool(key, value) },
                _ => result,
            };
        }
        return result;
    }

    private SourceLocation At(YamlNode node) => file.At((int)node.Start.Line + 1, (int)node.Start.Column);

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        diagnostics.Error(At(node), $"'{key}' must be text");
        return null;
    }

    private IReadOnlyList<string>? List(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain && IsNumberOrBool(scalar.Value!):
                diagnostics.Error(At(node), $"'{key}' must be text or a list of texts, not {scalar.Value}");
                return null;
            case YamlScalarNode scalar:
                return scalar.Value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value }) items.Add(value.Trim());
                    else diagnostics.Error(At(item), $"each item of '{key}' must be text");
                }
                return items;
            default:
                diagnostics.Error(At(node), $"'{key}' must be text or a list of texts");
                return null;
        }
    }

    private bool Bool(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "True" or "yes" }) return true;
        if (node is YamlScalarNode { Value: "false" or "False" or "no" or null or "" }) return false;
        diagnostics.Error(At(node), $"'{key}' must be true or false");
        return false;
    }

    private DateTimeOffset? Date(string key, YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
        {
            diagnostics.Error(At(node), $"'{key}' must be a date such as 2025-07-11 or 2025-07-11T10:20:00+08:00");
            return null;
        }
        if (DateParsing.TryParseIso(value.Trim(), config.TimeZone, out var date)) return date;
        diagnostics.Error(At(node), $"'{key}': '{value}' is not a date such as 2025-07-11 or 2025-07-11T10:20:00+08:00");
        return null;
    }

    private static bool IsNumberOrBool(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value is "true" or "false" or "yes" or "no";
}
