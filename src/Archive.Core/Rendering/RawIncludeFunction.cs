using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>
/// Scriban's <c>include</c>, marking its output as already-escaped markup: the included template escaped its own values,
/// and escaping its HTML a second time would show tags as text.
/// </summary>
internal sealed class RawIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction inner = new();

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(await inner.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");
}
