using System.Diagnostics;
using System.Text;
using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Hostile file systems: links, special files, odd names, a missing content folder.</summary>
public static partial class HostileInputCatalogue
{
    private const string Day = "2024/06/02/";

    private static Action<TestSite> Link(string path, Func<TestSite, string> target, bool directory) => site =>
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? site.Root);
        if (directory) Directory.CreateSymbolicLink(full, target(site));
        else File.CreateSymbolicLink(full, target(site));
    };

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? "/");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static IEnumerable<HostileCase> FileSystemInputs()
    {
        yield return new("symlink loop", Link("content/2024/loop", site => Path.Combine(site.Root, "content/2024"), directory: true),
            "loop", "loop", Severity.Warning);
        yield return new("symlink to the content root", Link("content/2024/06/root", site => Path.Combine(site.Root, "content"), directory: true),
            "root", "loop", Severity.Warning);
        yield return new("symlink pointing outside content/", site =>
        {
            site.Write("secret/passwords.txt", Wire("Secret outside the content folder"));
            Link("content/2024/06/outside.txt", s => Path.Combine(s.Root, "secret/passwords.txt"), directory: false)(site);
        }, "outside.txt", "outside", Severity.Warning);
        yield return new("symlink folder pointing outside content/", Link("content/2024/etc", _ => "/etc", directory: true),
            "etc", "outside", Severity.Warning);
        yield return new("dangling symlink", Link("content/2024/06/dangling.txt", site => Path.Combine(site.Root, "nowhere.txt"), directory: false),
            "dangling.txt", "points to nothing", Severity.Warning);
        // Tests run as root, where permissions do not stop a read; a FIFO cannot be read without blocking forever.
        yield return new("unreadable file (a FIFO named like an article)", site => MakeFifo(Path.Combine(site.Root, "content/2024/06/fifo.txt")),
            "fifo.txt", "not a regular file");
        yield return HostileCase.Fine("a folder named like an article", Text("content/2024/06/folder.txt/inner.txt", Wire("Inside a folder named like a file")),
            Day + "inside-a-folder-named-like-a-file/index.html");
        yield return new("content folder does not exist", site => Directory.Delete(Path.Combine(site.Root, "content"), recursive: true),
            "content", "does not exist", Severity.Error, SiteStillBuilds: false);
        yield return HostileCase.Fine("file name with spaces", Text("content/2024/06/my story  final.txt", Wire("Spaces in the name")),
            Day + "spaces-in-the-name/index.html");
        yield return HostileCase.Fine("Unicode file name", Text("content/2024/06/新闻 Ünïcødé ☃.txt", Wire("Unicode in the name")),
            Day + "unicode-in-the-name/index.html");
        yield return HostileCase.Fine("'..' inside a file name", Text("content/2024/06/a..b...txt", Wire("Dots in the name")),
            Day + "dots-in-the-name/index.html");
        yield return HostileCase.Fine("very long file name", Text($"content/2024/06/{new string('n', 240)}.txt", Wire("A very long name")),
            Day + "a-very-long-name/index.html");
        yield return new("file names differing only by case", site =>
        {
            site.Write("content/2024/06/Story.txt", Wire("Case twin"));
            site.Write("content/2024/06/story.txt", Articles.Wire("Case twin", new DateTime(2024, 6, 2, 10, 0, 0), body: "Another body."));
        }, "tory.txt", "slug", Severity.Warning, Published: Day + "case-twin/index.html");
        yield return new("UTF-16 without a byte order mark", Bytes("content/2024/06/utf16.txt", Encoding.Unicode.GetBytes(Wire("No mark"))),
            "utf16.txt", "", null);
    }
}
