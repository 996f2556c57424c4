namespace Archive.Model;

/// <summary>A content file's decoded text. <see cref="Path"/> is relative to the content folder, with '/' separators.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The path printed in diagnostics (content folder prefix included, as the user typed it).</summary>
    public string DisplayPath { get; init; } = Path;

    public SourceLocation At(int line = 1, int column = 1) => new(DisplayPath, line, column);
}
