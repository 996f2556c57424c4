using System.Text;
using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>The catalogue of broken and hostile inputs (issue 9). A new case is one entry.</summary>
public static partial class HostileInputCatalogue
{
    private static Action<TestSite> Bytes(string path, byte[] bytes) => site =>
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    };

    private static Action<TestSite> Text(string path, string text) => site => site.Write(path, text);

    private static string Wire(string title) => Articles.Wire(title, new DateTime(2024, 6, 2, 9, 0, 0));

    private static string Markdown(string frontMatter, string body = "Body text of the story.") => $"---\n{frontMatter}\n---\n{body}\n";

    public static IEnumerable<HostileCase> All() =>
        BrokenInputs().Concat(FileSystemInputs()).Concat(OddTexts()).Concat(HostilePaths());

    private static IEnumerable<HostileCase> BrokenInputs()
    {
        yield return new("empty file", Bytes("content/2024/06/empty.txt", []), "empty.txt", "empty");
        yield return new("whitespace only", Text("content/2024/06/blank.txt", "  \n\t\n   \n"), "blank.txt", "");
        yield return new("PNG renamed .txt", Bytes("content/2024/06/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "photo.txt", "binary");
        yield return new("invalid UTF-8", Bytes("content/2024/06/latin.txt", Encoding.Latin1.GetBytes(Wire("Caf\u00e9 owners protest \u201crent\u201d rises"))), "latin.txt", "UTF-8", Severity.Warning);
        yield return new("NUL bytes", Bytes("content/2024/06/nul.txt", Encoding.UTF8.GetBytes(Wire("Nul\0 bytes inside"))), "nul.txt", "NUL", Severity.Warning);
        yield return new("50 MB article", Bytes("content/2024/06/huge.txt", Encoding.UTF8.GetBytes("Huge\n\n" + new string('a', 50 * 1024 * 1024))), "huge.txt", "MB");
        yield return new("one 10 MB line", Bytes("content/2024/06/line.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("word ", 2 * 1024 * 1024)))), "line.txt", "MB");
        yield return new("100,000 blank lines", Text("content/2024/06/lines.txt", new string('\n', 100_000)), "lines.txt", "");
        yield return new("malformed YAML", Text("content/2024/06/yaml.md", "---\ntitle: [unclosed\ndate: 2024-06-02\n---\nBody\n"), "yaml.md", "front matter");
        yield return new("YAML alias bomb", Text("content/2024/06/bomb.md",
            "---\ntitle: Bomb\ndate: 2024-06-02\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ntopics: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\nBody\n"),
            "bomb.md", "", null);
        yield return new("deeply nested YAML", Text("content/2024/06/deep.md", "---\ntitle: Deep\ndate: 2024-06-02\nplace: " + new string('[', 5000) + new string(']', 5000) + "\n---\nBody\n"), "deep.md", "");
        yield return new("date: yes", Text("content/2024/06/dateyes.md", Markdown("title: Wrong date\ndate: yes")), "dateyes.md", "date");
        yield return new("topics: 5", Text("content/2024/06/topics5.md", Markdown("title: Wrong topics\ndate: 2024-06-02\ntopics: 5")), "topics5.md", "topics");
        yield return new("year 0001", Text("content/2024/06/year1.md", Markdown("title: Ancient\ndate: 0001-01-01")), "year1.md", "");
        yield return new("year 9999", Text("content/2024/06/year9999.md", Markdown("title: Far future\ndate: 9999-12-31")), "year9999.md", "");
        yield return new("title of 10,000 characters", Text("content/2024/06/long.md", Markdown($"title: {new string('x', 10_000)}\ndate: 2024-06-02")), "long.md", "characters long", Severity.Warning);
        yield return new("duplicate slugs on one day", site =>
        {
            site.Write("content/2024/06/dup-a.txt", Wire("Same headline today"));
            site.Write("content/2024/06/dup-b.txt", Articles.Wire("Same headline today", new DateTime(2024, 6, 2, 11, 0, 0), body: "Different body."));
        }, "dup-b.txt", "slug", Severity.Warning);
        yield return new("two identical articles in two files", site =>
        {
            site.Write("content/2024/06/copy-1.txt", Wire("Copied story"));
            site.Write("content/2024/06/copy-2.txt", Wire("Copied story"));
        }, "copy-2.txt", "slug", Severity.Warning);
        yield return new("leading dot in file name", Text("content/2024/06/.hidden.txt", Wire("Hidden")), ".hidden.txt", "hidden", Severity.Warning);
        yield return new("missing date", Text("content/undated.txt", "A story without any date\n\nSomething happened.\n"), "undated.txt", "date");
        yield return new("front matter not closed", Text("content/2024/06/open.md", "---\ntitle: Open\ndate: 2024-06-02\nBody\n"), "open.md", "");
        yield return new("Markdown without title", Text("content/2024/06/notitle.md", Markdown("date: 2024-06-02", "")), "notitle.md", "");
        yield return new("template syntax error", Text("templates/home.html", "{{ if }}"), "home.html", "", Severity.Error, SiteStillBuilds: false);
        yield return new("template infinite loop", Text("templates/home.html", "{{ while true }}x{{ end }}"), "home.html", "", Severity.Error, SiteStillBuilds: false);
        yield return new("template missing include", Text("templates/home.html", "{{ include 'nowhere.html' }}"), "home.html", "nowhere", Severity.Error, SiteStillBuilds: false);
        yield return new("config unknown key", Text("archive.yml", "title: T\ncolour: red\n"), "archive.yml", "colour", Severity.Error, SiteStillBuilds: false);
        yield return new("config malformed", Text("archive.yml", "title: [\n"), "archive.yml", "", Severity.Error, SiteStillBuilds: false);
    }
}
