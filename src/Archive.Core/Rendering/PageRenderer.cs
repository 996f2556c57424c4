using System.Text;
using Archive.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>Renders one page: its template with the page's variables, then <c>_layout.html</c> around it.</summary>
public sealed class PageRenderer(TemplateStore templates, DiagnosticBag diagnostics)
{
    public const string Layout = "_layout.html";
    private static readonly RawIncludeFunction Include = new();
    private readonly ScriptObject builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> includes = new(StringComparer.Ordinal);

    /// <summary>The page's HTML, or null if a template failed (the error is in the diagnostics).</summary>
    public string? Render(string templateName, SiteView site, PageView page, IReadOnlyDictionary<string, object?> variables)
    {
        var content = RenderTemplate(templateName, site, page, variables, null);
        if (content is null) return null;
        return RenderTemplate(Layout, site, page, variables, new RawHtml(content));
    }

    private string? RenderTemplate(string name, SiteView site, PageView page, IReadOnlyDictionary<string, object?> variables, RawHtml? content)
    {
        var template = templates.Get(name);
        if (template is null) return null;
        var globals = new ScriptObject { ["site"] = site, ["page"] = page, ["content"] = content, ["include"] = Include };
        foreach (var (key, value) in variables) globals[key] = value;
        // One context per thread, reused page after page: building one allocated more than rendering a small page.
        var context = contexts.Value ??= NewContext();
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            contexts.Value = null; // a failed render may leave scopes open: the next page gets a fresh context
            var start = e.Span.Start;
            var file = string.IsNullOrEmpty(e.Span.FileName) ? name : e.Span.FileName;
            diagnostics.Error(new SourceLocation(file, start.Line + 1, start.Column + 1), e.OriginalMessage);
            return null;
        }
    }

    private readonly ThreadLocal<EscapingTemplateContext?> contexts = new();

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(builtins, includes)
        {
            TemplateLoader = templates,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (key, template) in templates.Parsed) context.CachedTemplates[key] = template;
        return context;
    }
}
