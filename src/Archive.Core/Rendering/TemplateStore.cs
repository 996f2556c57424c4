using System.Collections.Concurrent;
using System.Reflection;
using Archive.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>
/// The default theme (embedded) overridden file by file by a user's templates folder. Reads the disk (one of the three places
/// that do) and parses each template once.
/// </summary>
public sealed partial class TemplateStore : ITemplateLoader
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly ThemeAssembly = typeof(TemplateStore).Assembly;

    private readonly string? userDir;
    private readonly ConcurrentDictionary<string, Template?> parsed = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;

    public TemplateStore(string? userDir, DiagnosticBag diagnostics)
    {
        this.userDir = userDir is null ? null : Path.GetFullPath(userDir);
        this.diagnostics = diagnostics;
        if (userDir is not null && !Directory.Exists(userDir))
            diagnostics.Error(new SourceLocation(userDir), "the templates folder does not exist");
    }

    /// <summary>A parsed template, or null (with an error naming its file, line and column) if it is missing or broken.</summary>
    public Template? Get(string name) => parsed.GetOrAdd(name, Parse);

    /// <summary>All templates parsed so far, keyed as includes look them up; copied into each render context.</summary>
    internal IEnumerable<KeyValuePair<string, Template>> Parsed =>
        parsed.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, Template>(p.Key, p.Value!));

    private Template? Parse(string name)
    {
        var text = ReadText(name, out var displayPath);
        if (text is null)
        {
            diagnostics.Error(new SourceLocation(name), "template not found (neither in the templates folder nor in the default theme)");
            return null;
        }
        var template = Template.Parse(text, displayPath);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages)
            diagnostics.Error(new SourceLocation(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
        return null;
    }

    /// <summary>The text of a theme file and the path to name in diagnostics; the user's copy wins.</summary>
    public string? ReadText(string name, out string displayPath)
    {
        if (userDir is not null)
        {
            var path = Path.Combine(userDir, name);
            if (File.Exists(path))
            {
                displayPath = DisplayPath(Path.Combine(userDir, name));
                return File.ReadAllText(path);
            }
        }
        displayPath = $"(default theme)/{name}";
        using var stream = ThemeAssembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A path relative to the working folder when it lies below it, else absolute: what a person can click.</summary>
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>Static files of the theme (<c>assets/...</c>): the default theme's, then the user's, which win.</summary>
    public IReadOnlyList<(string RelativePath, byte[] Bytes)> Assets()
    {
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in ThemeAssembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix + "assets/", StringComparison.Ordinal)))
        {
            using var stream = ThemeAssembly.GetManifestResourceStream(resource) ?? Stream.Null;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            assets[resource[ResourcePrefix.Length..]] = memory.ToArray();
        }
        var userAssets = userDir is null ? null : Path.Combine(userDir, "assets");
        if (userAssets is not null && Directory.Exists(userAssets))
        {
            foreach (var file in Directory.EnumerateFiles(userAssets, "*", SearchOption.AllDirectories))
                assets["assets/" + Path.GetRelativePath(userAssets, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return assets.Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>A hash of every theme file, the default theme's and the user's: changes when any template or asset does.</summary>
    public string Fingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string name, byte[] bytes)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }
        foreach (var resource in ThemeAssembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = ThemeAssembly.GetManifestResourceStream(resource) ?? Stream.Null;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Add(resource, memory.ToArray());
        }
        if (userDir is not null && Directory.Exists(userDir))
        {
            foreach (var file in Directory.EnumerateFiles(userDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Add("user/" + Path.GetRelativePath(userDir, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Whether <paramref name="word"/> occurs as a whole word in any of these templates or in a template they include (followed through literal
    /// include names; an include by expression could reach anything, so it counts as a mention). Lets fingerprints leave out
    /// view values that no template can show.
    /// </summary>
    public bool Mention(IEnumerable<string> names, string word)
    {
        var pending = new Stack<string>(names);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name)) continue;
            var text = ReadText(name, out _);
            if (text is null) continue;
            if (System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b")) return true;
            foreach (System.Text.RegularExpressions.Match include in IncludeCall().Matches(text))
            {
                if (!include.Groups["name"].Success) return true;
                pending.Push(include.Groups["name"].Value);
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs in any template of the default theme or of the templates folder.</summary>
    public bool AnyMentions(string word)
    {
        var names = ThemeAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !n.StartsWith(ResourcePrefix + "assets/", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);
        if (userDir is not null && Directory.Exists(userDir))
            names = names.Concat(Directory.EnumerateFiles(userDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(userDir, f).Replace('\\', '/')));
        return Mention(names, word);
    }

    [System.Text.RegularExpressions.GeneratedRegex("""\binclude\b\s*(?:(?<quote>["'])(?<name>[^"']*)\k<quote>)?""")]
    private static partial System.Text.RegularExpressions.Regex IncludeCall();

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ReadText(templatePath, out _) ?? throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' not found");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
