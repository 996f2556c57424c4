using System.Text;
using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Odd but legitimate texts (line ends, encodings, scripts, sizes) and texts that are too little to be an article.</summary>
public static partial class HostileInputCatalogue
{
    private static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    private static IEnumerable<HostileCase> OddTexts()
    {
        yield return HostileCase.Fine("CRLF line ends", Text("content/2024/06/crlf.txt", Wire("Windows line ends").Replace("\n", "\r\n")),
            Day + "windows-line-ends/index.html");
        yield return HostileCase.Fine("CR-only line ends", Text("content/2024/06/cr.txt", Wire("Old Mac line ends").Replace('\n', '\r')),
            Day + "old-mac-line-ends/index.html");
        yield return HostileCase.Fine("UTF-16 LE with a byte order mark", Bytes("content/2024/06/utf16le.txt", WithPreamble(Encoding.Unicode, Wire("Little endian copy"))),
            Day + "little-endian-copy/index.html");
        yield return HostileCase.Fine("UTF-16 BE with a byte order mark", Bytes("content/2024/06/utf16be.txt", WithPreamble(Encoding.BigEndianUnicode, Wire("Big endian copy"))),
            Day + "big-endian-copy/index.html");
        yield return HostileCase.Fine("a byte order mark inside the text", Text("content/2024/06/bom.txt", Wire("Mark\uFEFF inside").Replace("Officials", "Offi\uFEFFcials")),
            Day + "mark-inside/index.html");
        yield return new("an article that is only a title", Text("content/2024/06/title.txt", "Only a headline here\n"), "title.txt", "no body text", Severity.Warning);
        yield return new("an article that is only a dateline", Text("content/2024/06/dateline.txt", "BEIJING, June 1 (Xinhua) --\n"), "dateline.txt", "no body text", Severity.Warning);
        yield return HostileCase.Fine("100,000 tiny paragraphs", Text("content/2024/06/tiny.txt",
                Wire("Many tiny paragraphs") + string.Concat(Enumerable.Repeat("Yes.\n\n", 100_000))),
            Day + "many-tiny-paragraphs/index.html");
        yield return HostileCase.Fine("a 10,000-character word", Text("content/2024/06/word.txt", Wire("One endless word").Replace("the plan", new string('w', 10_000))),
            Day + "one-endless-word/index.html");
        yield return HostileCase.Fine("RTL text with direction overrides", Text("content/2024/06/rtl.md",
                Markdown("title: \"\u202Eخبر عاجل\u202C Breaking\"\ndate: 2024-06-02", "\u200Fنص المقال باللغة العربية \u202Egnp.exe\u202C.")),
            Day + "breaking/index.html");
        yield return HostileCase.Fine("zero-width characters", Text("content/2024/06/zw.txt", Wire("Zero\u200B width\u200D joiners\u2060here")),
            Day + "zero-width-joiners-here/index.html");
        yield return HostileCase.Fine("control characters in wire copy", Text("content/2024/06/controls.txt", Wire("Bell\u0007 and escape\u001B codes\u0001")),
            Day + "bell-and-escape-codes/index.html");
        yield return HostileCase.Fine("control characters escaped in YAML", Text("content/2024/06/yamlcontrols.md",
                Markdown("title: \"Nul \\0 bell \\a escape \\e nonchar \\uFFFE\"\ndate: 2024-06-02\nsummary: \"\\x01\\x02\"\ntopics: [\"\\x1B\"]")),
            Day + "nul-bell-escape-nonchar/index.html");
        yield return new("a lone surrogate escaped in YAML", Text("content/2024/06/surrogate.md",
            Markdown("title: \"Half \\uD800 a pair\"\ndate: 2024-06-02\ntopics: [\"\\uDC00\"]")), "surrogate.md", "surrogate");
        yield return new("a surrogate escape paired with a non-surrogate", Text("content/2024/06/badpair.md",
            Markdown("title: \"Bad \\uD800\\u0041 pair\"\ndate: 2024-06-02")), "badpair.md", "surrogate");
        yield return new("config with a bad surrogate escape", Text("archive.yml", "title: \"\\uD800\\u0041\"\n"),
            "archive.yml", "surrogate", Severity.Error, SiteStillBuilds: false);
        yield return new("config with an unclosed bracket", Text("archive.yml", "title: T\ntaxonomy:\n  subjects: [\n"),
            "archive.yml", "", Severity.Error, SiteStillBuilds: false);
    }
}
