using Archive.Text;
using Scriban;
using Scriban.Parsing;

namespace Archive.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ }}</c>, except <see cref="RawHtml"/>.
/// Scriban has no autoescape of its own; this makes forgetting to escape impossible.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
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
