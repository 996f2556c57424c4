using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary><c>archive init [DIR]</c>: a new archive folder with a commented config, two example articles and a templates folder.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The folder to create the archive in.", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Create a new archive: config, example articles, templates folder.") { directory };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(directory) ?? ".";
            var config = Path.Combine(root, "archive.yml");
            if (File.Exists(config) || Directory.Exists(Path.Combine(root, "content")))
            {
                Console.Error.WriteLine($"archive: {root} already holds an archive (archive.yml or content/); nothing written");
                return CommandLine.Failed;
            }
            foreach (var (path, text) in ArchiveSkeleton.Files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full) ?? root);
                File.WriteAllText(full, text);
                Console.WriteLine(full.Replace('\\', '/'));
            }
            Console.WriteLine($"Next: cd {root} && archive serve");
            return CommandLine.Success;
        });
        return command;
    }
}

/// <summary>The files of a new archive.</summary>
public static class ArchiveSkeleton
{
    public static readonly (string Path, string Text)[] Files =
    [
        ("archive.yml", """
            # The archive's settings. Every key is optional; delete what you do not need.

            # Shown in every page's header and in feeds.
            title: My News Archive
            description: Articles collected from the wires.

            # The absolute URL the site is published at (canonical links, feeds, sitemaps).
            base_url: https://example.org/

            # Language of the pages (the html lang attribute).
            language: en

            # Dates without a time zone of their own are read in this zone (IANA name).
            time_zone: UTC

            # Articles per list page (days, months, topics).
            page_size: 20

            # Time zones per source, for wire copy that gives local times without a zone.
            # source_time_zones:
            #   Xinhua: Asia/Shanghai

            # Topics and the words that assign them.
            # topics:
            #   Energy: [oil, gas, power grid]

            """),
        ("content/2025/07/example-wire-copy.txt", """
            Example wire story: drop a .txt file like this one into content/YYYY/MM/

            (Xinhua) 10:20, July 11, 2025

            BEIJING, July 11 (Xinhua) -- Raw wire copy is read as it comes: the headline, the agency line with its time and date, then the dateline and the story.

            Each paragraph is separated by a blank line.

            """),
        ("content/2025/07/example-markdown.md", """
            ---
            title: Example Markdown article
            date: 2025-07-11T12:00:00+00:00
            source: Archive
            topics:
              - Example
            summary: Markdown articles carry their metadata in YAML front matter.
            ---

            Markdown articles can use **emphasis**, [links](https://example.org/) and lists:

            - one
            - two

            """),
        ("templates/README.md", """
            # Templates

            This folder overrides the default theme file by file. It starts empty: the site uses the theme built into archive.

            To change a page, put a file here with the same name as the theme's (Scriban templates):

            - `_layout.html` wraps every page (head, header, footer)
            - `home.html`, `article.html`, `list.html` (days, a term's months or years), `term.html`, `month.html`, `year.html`, `archive.html`, `terms.html`, `404.html`
            - `assets/...` are copied to `/assets/` (e.g. `assets/style.css` replaces the stylesheet)

            Every `{{ value }}` is HTML-escaped. A broken template stops the build with its file, line and column;
            `archive check` checks templates without building.

            """),
    ];
}
