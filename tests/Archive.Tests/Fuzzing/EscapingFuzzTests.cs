using AngleSharp.Html.Parser;
using Archive.Rendering;
using CsCheck;
using Scriban;
using Scriban.Runtime;
using Xunit.Abstractions;

namespace Archive.Tests.Fuzzing;

/// <summary>Any string written with <c>{{ }}</c> through the escaping context comes back as the same text, in text and attributes.</summary>
public sealed class EscapingFuzzTests(ITestOutputHelper output)
{
    private static readonly Template Page = Template.Parse("<p id=\"t\">{{ x }}</p><a id=\"a\" title=\"{{ x }}\" href=\"{{ x }}\">{{ x | string.upcase }}</a>");
    private static readonly HtmlParser Parser = new();

    private static readonly Gen<string> Text = Gen.Frequency(
        (3, (IGen<string>)FuzzInputs.From(FuzzInputs.Payloads, 8)),
        (1, FuzzInputs.From(["<", ">", "&", "\"", "'", "=", "/", "a", " ", "script", "amp;", "#39;", "lt;", "\n", "é", "\u00A0"], 20)));

    /// <summary>What an HTML parser makes of a value: line ends normalised; NUL dropped from text, replaced in attributes.</summary>
    private static string AsParsed(string text, bool attribute) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\0", attribute ? "\uFFFD" : "");

    [Fact]
    public void Escaped_values_round_trip_and_create_nothing() =>
        new FuzzRun("escaping context", output).Check(Text, value =>
        {
            var context = new EscapingTemplateContext(TemplateContext.GetDefaultBuiltinObject(), new(StringComparer.Ordinal));
            context.PushGlobal(new ScriptObject { ["x"] = value });
            var html = Page.Render(context);
            var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body;
            if (body is null || body.Children.Length != 2 || body.QuerySelectorAll("*").Length != 2) return Verdict.Escape;
            var anchor = body.Children[1];
            if (anchor.Attributes.Length != 3) return Verdict.Escape;
            var same = body.Children[0].TextContent == AsParsed(value, attribute: false) && anchor.GetAttribute("title") == AsParsed(value, attribute: true)
                && anchor.TextContent == AsParsed(value.ToUpperInvariant(), attribute: false);
            return same ? Verdict.Ok : Verdict.Mismatch;
        }, 5000);
}
