using System.Globalization;

namespace Archive.Tests.TestSupport;

/// <summary>Wire copy for tests, in the reference article's shape.</summary>
public static class Articles
{
    public static string Wire(string title, DateTime published, string place = "BEIJING", string source = "Xinhua", string body = "Officials met on Wednesday to discuss the plan.")
    {
        var time = published.ToString("HH:mm, MMMM d, yyyy", CultureInfo.InvariantCulture);
        var dateline = published.AddDays(-1).ToString("MMMM d", CultureInfo.InvariantCulture);
        return $"{title}\n\n({source}) {time}\n\n{place}, {dateline} ({source}) -- {body}\n\nA second paragraph follows here.\n";
    }

    /// <summary>A Markdown story numbered n (content/s{n}.md), filed under one topic, from Xinhua.</summary>
    public static (string Path, string Text) Story(int n, string date, string topic) => ($"content/s{n}.md", $"""
        ---
        title: Story {n}
        date: {date}
        source: Xinhua
        topics:
          - {topic}
        ---

        Paragraph {n}.
        """);

    /// <summary>The reference article as the sample archive holds it (byte for byte the seed; a test checks that).</summary>
    public static string Seed() => File.ReadAllText(Path.Combine(RepoRoot(), ReferencePath));

    public const string ReferencePath = "content/2025/07/china-dprk-treaty-anniversary.txt";

    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Archive.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Archive.sln not found above the test folder");
    }
}
