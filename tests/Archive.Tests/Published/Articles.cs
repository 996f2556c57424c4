namespace Archive.Tests.Published;

/// <summary>Markdown articles for inline test sites.</summary>
internal static class Articles
{
    public static (string Path, string Text) Markdown(string slug, string title, string date, string body,
        string topics = "[Diplomacy]", string source = "Xinhua", string place = "Beijing", string summary = "") =>
        ($"content/{date[..4]}/{date.Substring(5, 2)}/{slug}.md",
            $"---\ntitle: {Yaml(title)}\ndate: {date}\nsource: {Yaml(source)}\nauthors: [Li Wei]\ntopics: {topics}\nplace: {Yaml(place)}\n" +
            (summary.Length > 0 ? $"summary: {Yaml(summary)}\n" : "") + $"slug: {slug}\n---\n\n{body}\n");

    /// <summary>A YAML double-quoted scalar, so hostile text stays one value.</summary>
    public static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public const string Hostile = "</script><script>alert(1)</script> ]]> & \"quoted\" <img src=x onerror=alert(2)>";
}
