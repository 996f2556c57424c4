using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Payloads in every field reach the output as text: XML stays well-formed, JSON valid, HTML without injected script.</summary>
public sealed class InjectionTests
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];
    private static readonly string[] ForeignElements = ["iframe", "svg", "object", "embed", "frame", "math"];

    [Fact]
    public void Payloads_in_every_field_stay_text_in_every_output()
    {
        using var site = HostileSites.Build();
        var built = site.Build();
        Assert.Empty(built.Errors);
        var files = built.Files();
        Assert.Contains(files, f => f.StartsWith("2025/07/11/", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal));

        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(built.Output, file));
            if (file.EndsWith(".xml", StringComparison.Ordinal)) problems.AddRange(XmlProblems(file, text));
            else if (file.EndsWith(".json", StringComparison.Ordinal)) problems.AddRange(JsonProblems(file, text));
            else if (file.EndsWith(".html", StringComparison.Ordinal)) problems.AddRange(HtmlProblems(file, built.Html(file)));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.Contains(files, f => f.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
    }

    [Fact]
    public void The_payloads_are_shown_as_text()
    {
        using var site = HostileSites.Build();
        var built = site.Build();
        var article = built.Files().Single(f => f.StartsWith("2025/07/11/", StringComparison.Ordinal) && f.Contains("script", StringComparison.Ordinal));
        var document = built.Html(article);
        Assert.Contains(HostileSites.Payload(4), document.QuerySelector("h1")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("raw link", document.Body?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static IEnumerable<string> XmlProblems(string file, string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        string? error = null;
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            error = $"{file}: not well-formed XML: {e.Message}";
        }
        if (error is not null) yield return error;
    }

    private static IEnumerable<string> JsonProblems(string file, string text)
    {
        string? error = null;
        try
        {
            using var json = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            error = $"{file}: not valid JSON: {e.Message}";
        }
        if (error is not null) yield return error;
    }

    private static IEnumerable<string> HtmlProblems(string file, IDocument document)
    {
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForeignElements.Contains(name) || name == "x") yield return $"{file}: payload element <{name}>";
            if (name == "img" && element.GetAttribute("src") == "x") yield return $"{file}: payload <img src=x>";
            if (name == "script" && ScriptProblem(element) is { } script) yield return $"{file}: {script}";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{file}: event handler {attribute.Name} on <{name}>";
                var compact = new string(attribute.Value.Where(c => c > ' ').ToArray());
                if (UrlAttributes.Contains(attribute.Name) && (compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                    || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase) || compact.StartsWith("data:text", StringComparison.OrdinalIgnoreCase)))
                    yield return $"{file}: script URL {attribute.Name}=\"{attribute.Value}\" on <{name}>";
            }
        }
    }

    /// <summary>JSON-LD must parse whole (a '&lt;/script&gt;' in it would cut it short); no other script may carry a payload.</summary>
    private static string? ScriptProblem(IElement script)
    {
        var type = script.GetAttribute("type") ?? "";
        if (type == "application/ld+json")
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                return null;
            }
            catch (JsonException e)
            {
                return $"JSON-LD cut short: {e.Message}";
            }
        }
        return script.TextContent.Contains("alert(", StringComparison.Ordinal) ? "a script with a payload" : null;
    }
}
