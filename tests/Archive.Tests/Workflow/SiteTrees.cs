namespace Archive.Tests.Workflow;

/// <summary>Compares built sites file by file: the set of paths and every file's bytes.</summary>
public static class SiteTrees
{
    public static SortedDictionary<string, byte[]> Read(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }

    /// <summary>Null when the trees are identical, else the first difference.</summary>
    public static string? Difference(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        foreach (var path in expected.Keys.Except(actual.Keys)) return $"missing: {path}";
        foreach (var path in actual.Keys.Except(expected.Keys)) return $"unexpected (orphan?): {path}";
        foreach (var (path, bytes) in expected)
            if (!bytes.AsSpan().SequenceEqual(actual[path])) return $"bytes differ: {path}";
        return null;
    }

    public static void AssertSame(string expectedRoot, string actualRoot)
    {
        var difference = Difference(Read(expectedRoot), Read(actualRoot));
        Assert.True(difference is null, difference);
    }
}
