using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Slugs, URLs and topic names that try to leave the output folder or collide: each is published at a safe path.</summary>
public static partial class HostileInputCatalogue
{
    /// <summary>The hostile values written into front matter <c>slug</c> and <c>url</c>.</summary>
    public static readonly string[] HostileSlugs =
    [
        "../../../../tmp/escaped", "..\\..\\..\\escaped", "%2e%2e/%2e%2e/escaped", "%252e%252e%252fescaped", "/etc/cron.d/escaped",
        "C:\\Windows\\escaped", "c:escaped", "\\\\server\\share\\escaped", "CON", "aux.html", "lpt1", "file:///etc/passwd", "..", ".", "~",
    ];

    private static Action<TestSite> SlugArticle(string file, string key, string value) =>
        Text($"content/2024/06/{file}.md", Markdown($"title: Slug case {file}\ndate: 2024-06-02\n{key}: '{value.Replace("'", "''")}'"));

    /// <summary>An article whose slug is path syntax: a warning names the file and it is published at a safe URL.</summary>
    private static HostileCase Renamed(string name, string file, string key, string value, string published) =>
        new(name, SlugArticle(file, key, value), file + ".md", "not a URL segment", Severity.Warning, Published: published);

    private static IEnumerable<HostileCase> HostilePaths()
    {
        yield return Renamed("slug with ../", "dotdot", "slug", "../../../../tmp/escaped", Day + "tmp-escaped/index.html");
        yield return Renamed("url with %2e%2e", "encoded", "url", "%2e%2e/%2e%2e/escaped", Day + "2e-2e-2e-2e-escaped/index.html");
        yield return Renamed("slug that is an absolute path", "absolute", "slug", "/etc/cron.d/escaped", Day + "etc-cron-d-escaped/index.html");
        yield return Renamed("url with a Windows drive letter", "drive", "url", "C:\\Windows\\escaped", Day + "c-windows-escaped/index.html");
        yield return HostileCase.Fine("slug that is a reserved Windows name", SlugArticle("reserved", "slug", "CON"), Day + "con-1/index.html");
        yield return Renamed("slug that is only dots", "dots", "slug", "..", Day + "slug-case-dots/index.html");
        yield return new("slugs differing only by case", site =>
        {
            SlugArticle("upper", "slug", "Breaking")(site);
            SlugArticle("lower", "slug", "breaking")(site);
        }, "upper.md", "slug", Severity.Warning, Published: Day + "breaking/index.html");
        yield return HostileCase.Fine("front matter topics with '/', '..' and <script>", Text("content/2024/06/topics.md",
                Markdown("title: Topic names\ndate: 2024-06-02\ntopics: [\"../../escaped\", \"a/b\", \"<script>alert(1)</script>\", \"..\", \"NUL\"]")),
            "topics/escaped/index.html");
        yield return HostileCase.Fine("config topics with '/', '..' and <script>", site =>
        {
            site.Write("archive.yml", "title: T\ntaxonomy:\n  subjects:\n    \"../../escaped\":\n      keywords: [config]\n"
                + "    \"<script>alert(1)</script>\":\n      keywords: [config]\n    \"a/b\":\n      keywords: [config]\n");
            site.Write("content/2024/06/config-topics.txt", Wire("Config topic names"));
        }, "topics/script-alert-1-script/index.html");
    }
}
