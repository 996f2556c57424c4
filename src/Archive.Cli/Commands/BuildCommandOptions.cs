using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary>The options every command that builds a site shares (build, serve, check).</summary>
public sealed class BuildCommandOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The folder of articles.", DefaultValueFactory = _ => "content" };
    public Option<string?> Templates { get; } = new("--templates") { Description = "A folder of templates overriding the default theme (default: 'templates' beside the content folder, if present)." };
    public Option<string> Output { get; } = new("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "_site" };
    public Option<string?> Config { get; } = new("--config") { Description = "The config file (default: archive.yml beside the content folder, if present)." };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The absolute URL the site is published at, for canonical links, feeds and sitemaps." };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors." };
    public Option<bool> Clean { get; } = new("--clean") { Description = "Ignore the build cache: read and render everything." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only." };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print each phase and the cache's effect." };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        command.Options.Add(Config);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.Options.Add(Clean);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public BuildOptions Read(ParseResult parseResult)
    {
        var content = parseResult.GetValue(Content) ?? "content";
        return new BuildOptions
        {
            ContentDir = content,
            TemplatesDir = parseResult.GetValue(Templates) ?? DefaultTemplates(content),
            OutputDir = parseResult.GetValue(Output) ?? "_site",
            ConfigPath = parseResult.GetValue(Config),
            BaseUrl = parseResult.GetValue(BaseUrl),
            Strict = parseResult.GetValue(Strict),
            Clean = parseResult.GetValue(Clean),
        };
    }

    public Verbosity ReadVerbosity(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? Verbosity.Quiet : parseResult.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    private static string? DefaultTemplates(string content)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(content)) ?? ".";
        var candidate = Path.Combine(parent, "templates");
        return Directory.Exists(candidate) ? Path.GetRelativePath(Environment.CurrentDirectory, candidate) : null;
    }
}
