namespace Archive.Rendering;

/// <summary>Markup that is already safe HTML (a rendered body, serialised JSON-LD); templates write it unescaped.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
