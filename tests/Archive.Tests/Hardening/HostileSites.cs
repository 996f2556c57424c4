using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Sites whose every field that reaches output carries script, markup or path payloads.</summary>
public static class HostileSites
{
    /// <summary>Script and markup payloads, each with its own marker number so a leak names its field.</summary>
    public static string Payload(int marker) =>
        $"<script>alert({marker})</script>\"><img src=x onerror=alert({marker})></script>]]><svg onload=alert({marker})>{{{{ {marker}*7 }}}}";

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Markdown that tries every way to a script: links, images, autolinks, raw HTML, entities, odd case and spacing.</summary>
    public const string HostileMarkdownBody = """
        Body [link](javascript:alert(20)) and [caps](JaVaScRiPt:alert(21)) and [spaced]( java	script:alert(22)) and
        [entity](&#106;avascript:alert(23)) and ![image](javascript:alert(24)) and <javascript:alert(25)> and
        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgyNik8L3NjcmlwdD4=) and [vb](vbscript:msgbox(27)).

        <script>alert(28)</script>

        <img src=x onerror=alert(29)> <a href="javascript:alert(30)">raw link</a> <iframe src="javascript:alert(31)"></iframe>

        <div onmouseover="alert(32)">raw div</div>
        """;

    /// <summary>A site with payloads in config (title, description, topic names) and in every article field.</summary>
    public static TestSite Build() => TestSite.With(Files());

    /// <summary>The files of <see cref="Build"/>: paths under the site folder and their text.</summary>
    public static (string Path, string Text)[] Files()
    {
        var subjects = string.Concat(new[] { Payload(1), "../../escaped", "a/b" }.Select(name => $"    {Yaml(name)}:\n      keywords: [embassy]\n"));
        return
        [
            ("archive.yml", $"title: {Yaml(Payload(2))}\ndescription: {Yaml(Payload(3))}\ntaxonomy:\n  subjects:\n{subjects}"),
            ("content/2025/07/hostile.md", $"""
                ---
                title: {Yaml(Payload(4))}
                date: 2025-07-11T10:20:00+08:00
                source: {Yaml(Payload(5))}
                authors: [{Yaml(Payload(6))}, {Yaml(Payload(7))}]
                topics: [{Yaml(Payload(8))}, "../../../escaped", "javascript:alert(9)"]
                place: {Yaml(Payload(10))}
                summary: {Yaml(Payload(11))}
                slug: {Yaml("../../" + Payload(12))}
                ---

                {HostileMarkdownBody}
                """),
            ("content/2025/07/hostile-wire.txt",
                $"{Payload(13)}\n\nBy {Payload(14)} (Xinhua) 10:20, July 11, 2025\n\nBEIJING, July 10 (Xinhua) -- The embassy said {Payload(15)}.\n\n{Payload(16)}\n"),
            ("content/2025/07/calm.txt", Articles.Wire("A calm article about the embassy", new DateTime(2025, 7, 11, 9, 0, 0))),
        ];
    }
}
