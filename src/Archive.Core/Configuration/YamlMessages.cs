using YamlDotNet.Core;

namespace Archive.Configuration;

/// <summary>Makes YamlDotNet's exception text readable in a one-line diagnostic.</summary>
internal static class YamlMessages
{
    public static string Clean(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the location is printed separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
        return message.Trim();
    }
}
