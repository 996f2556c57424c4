using Archive.Configuration;
using Archive.Model;

namespace Archive.Content;

/// <summary>Finds and reads the config file (part of the content source: it reads the disk) and applies command-line overrides.</summary>
public static class SiteConfigSource
{
    public const string DefaultFileName = "archive.yml";

    public static SiteConfig Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var path = options.ConfigPath ?? DefaultPath(options.ContentDir);
        var config = ConfigLoader.Defaults();
        if (path is not null)
        {
            if (!File.Exists(path))
            {
                diagnostics.Error(new SourceLocation(path), "the config file does not exist");
                return config;
            }
            config = ConfigLoader.Parse(path, File.ReadAllText(path), diagnostics);
        }
        if (options.BaseUrl is not null)
        {
            var baseUrl = ConfigLoader.NormalizeBaseUrl(options.BaseUrl, new SourceLocation("--base-url"), diagnostics);
            if (baseUrl is not null) config = config with { BaseUrl = baseUrl };
        }
        return config;
    }

    private static string? DefaultPath(string contentDir)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(contentDir));
        var candidate = parent is null ? DefaultFileName : Path.Combine(parent, DefaultFileName);
        return File.Exists(candidate) ? Path.GetRelativePath(Environment.CurrentDirectory, candidate) : null;
    }
}
