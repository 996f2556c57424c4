using System.Collections.Concurrent;
using Archive.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ }}</c>, except <see cref="RawHtml"/>.
/// Scriban has no autoescape of its own; this makes forgetting to escape impossible.
/// </summary>
/// <remarks>
/// Contexts share one builtin object (building Scriban's builtins per page cost a quarter of rendering) and one cache of
/// parsed includes (Scriban's own cache lives and dies with a context, so every page parsed every include again).
/// </remarks>
internal sealed class EscapingTemplateContext(ScriptObject builtins, ConcurrentDictionary<string, Template> includes) : TemplateContext(builtins)
{
    /// <summary>Parses each included template once per build; a template that fails to parse throws, as before, and is not kept.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        includes.TryGetValue(templatePath, out var template)
            ? template
            : includes.GetOrAdd(templatePath, base.CreateTemplate(templatePath, callerContext));

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return base.Write(span, raw.Value);
            case string text:
                return base.Write(span, Html.Escape(text));
            default:
                return base.Write(span, Html.Escape(ObjectToString(textAsObject)));
        }
    }
}
