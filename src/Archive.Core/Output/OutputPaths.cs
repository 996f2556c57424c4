namespace Archive.Output;

/// <summary>Decides whether a relative output path is safe to write: inside the output folder, portable, unambiguous.</summary>
public static class OutputPaths
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Whether a file or folder name (its part before the first dot) is a device name on Windows.</summary>
    public static bool IsReservedName(string segment) => ReservedNames.Contains(segment.Split('.')[0]);

    /// <summary>Null when the path is acceptable, else the reason it is refused.</summary>
    public static string? Problem(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath)) return "the path is empty";
        if (relativePath.Length > 1024) return "the path is too long";
        if (relativePath[0] is '/' or '\\' || Path.IsPathRooted(relativePath)) return "the path is absolute";
        if (relativePath.Length >= 2 && relativePath[1] == ':') return "the path names a drive";
        if (relativePath.Contains('\\')) return "the path contains a backslash";
        if (relativePath.Contains('%')) return "the path contains '%' (an encoded character)";
        foreach (var c in relativePath)
            if (c < ' ' || c is '<' or '>' or ':' or '"' or '|' or '?' or '*') return $"the path contains the character U+{(int)c:X4}";
        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Length == 0) return "the path has an empty segment";
            if (segment is "." or "..") return "the path climbs out of its folder ('.' or '..')";
            if (segment.EndsWith('.') || segment.EndsWith(' ')) return "a path segment ends with a dot or space";
            if (segment.Length > 200) return "a path segment is too long";
            if (IsReservedName(segment)) return $"'{segment}' is a reserved file name on Windows";
        }
        return null;
    }
}
