using System.CommandLine;
using Archive.Configuration;
using Archive.Content;
using Archive.Inspection;
using Archive.Model;

namespace Archive.Cli.Commands;

/// <summary><c>archive inspect PATH... [--format json|text] [--config FILE]</c>: shows what the readers make of files.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders to inspect", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var config = new Option<string?>("--config") { Description = "Site config file (default: archive.yml in the current folder, if present)" };
        var explain = new Option<bool>("--explain") { Description = "Say why each topic and country was assigned: the matches and the score" };
        var command = new Command("inspect", "Parse articles with the build's readers and print the records") { paths, format, config, explain };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(config),
            parseResult.GetValue(explain)));
        return command;
    }

    private static int Run(string[] paths, string format, string? configPath, bool explain)
    {
        var configDiagnostics = new DiagnosticBag();
        var config = LoadConfig(configPath, configDiagnostics);
        foreach (var diagnostic in configDiagnostics.Sorted()) Console.Error.WriteLine(diagnostic);
        if (configDiagnostics.HasErrors) return 1;

        var inspections = Expand(paths)
            .Select(path => Inspect(path, config))
            .Select(inspection => explain ? inspection.WithExplanation(config) : inspection)
            .ToList();
        Console.Out.Write(format == "json" ? InspectionJson.Format(inspections) + "\n" : InspectionText.Format(inspections));
        return inspections.Any(i => i.Diagnostics.Any(d => d.Severity == Severity.Error)) ? 1 : 0;
    }

    private static SiteConfig LoadConfig(string? path, DiagnosticBag diagnostics)
    {
        // Like build, use the archive's own config when run in its folder: its zones and source aliases shape the records.
        path ??= File.Exists(SiteConfigSource.DefaultFileName) ? SiteConfigSource.DefaultFileName : null;
        if (path is null) return SiteConfig.Default;
        try
        {
            return ConfigLoader.Parse(path, File.ReadAllText(path), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(path), $"cannot read the config file: {e.Message}");
            return SiteConfig.Default;
        }
    }

    /// <summary>Files stay in the order given; a folder becomes its article files in ordinal order.</summary>
    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(ContentSource.IsArticle)
                .Select(f => f.Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal);
            foreach (var file in files) yield return file;
        }
    }

    private static ArticleInspection Inspect(string path, SiteConfig config)
    {
        var display = path.Replace('\\', '/');
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ContentSource.MaxFileBytes)
                return ArticleInspection.Unreadable(display, $"the file is over {ContentSource.MaxFileBytes / (1024 * 1024)} MB and is not read");
            return ArticleInspection.Of(display, File.ReadAllBytes(path), config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ArticleInspection.Unreadable(display, $"cannot read the file: {e.Message}");
        }
    }
}
