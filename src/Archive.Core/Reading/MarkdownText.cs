using System.Text;
using Markdig.Syntax.Inlines;

namespace Archive.Reading;

/// <summary>The plain text of Markdown inlines, for titles, summaries and the search index.</summary>
internal static class MarkdownText
{
    public static string Inline(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(container, builder);
        return string.Join(' ', builder.ToString().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder);
                break;
        }
    }
}
