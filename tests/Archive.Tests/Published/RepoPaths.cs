namespace Archive.Tests.Published;

/// <summary>Finds the repository root (the folder holding Archive.sln) from the test's working folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Archive.sln not found above {AppContext.BaseDirectory}");
    }

    public static string Content => Path.Combine(Root, "content");
}
