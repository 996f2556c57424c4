namespace Archive.Cli.Serving;

/// <summary>Maps a request path to a file of the site folder, refusing anything that could leave it.</summary>
public static class SiteFiles
{
    public enum Outcome { Found, NotFound, BadRequest, AddSlash }

    /// <summary>Resolves a raw (still percent-encoded) request path; never returns a path outside <paramref name="root"/>.</summary>
    public static (Outcome Outcome, string? File) Resolve(string root, string rawPath)
    {
        if (!rawPath.StartsWith('/') || rawPath.Contains('\\') || rawPath.Contains('\0')) return (Outcome.BadRequest, null);
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(rawPath);
        }
        catch (UriFormatException)
        {
            return (Outcome.BadRequest, null);
        }
        // Encoded separators or dots, and doubled encodings, are never part of a built site's URLs.
        if (decoded.Contains('\\') || decoded.Contains('%') || decoded.Contains('\0')) return (Outcome.BadRequest, null);
        var segments = decoded.Split('/');
        if (segments.Any(s => s is "." or "..")) return (Outcome.BadRequest, null);
        var full = Path.GetFullPath(Path.Combine(root, decoded.TrimStart('/')));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return (Outcome.BadRequest, null);
        if (segments.Any(s => s.StartsWith('.') && s.Length > 0)) return (Outcome.NotFound, null);
        if (Directory.Exists(full))
        {
            if (!rawPath.EndsWith('/')) return (Outcome.AddSlash, null);
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? (Outcome.Found, full) : (Outcome.NotFound, null);
    }
}
