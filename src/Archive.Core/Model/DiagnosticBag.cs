namespace Archive.Model;

/// <summary>Collects diagnostics from any thread; reports them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (gate) items.AddRange(diagnostics);
    }

    public void Warning(SourceLocation location, string message) => Add(new(Severity.Warning, location, message));

    public void Error(SourceLocation location, string message) => Add(new(Severity.Error, location, message));

    public bool HasErrors => Count(Severity.Error) > 0;

    public int Count(Severity severity)
    {
        lock (gate) return items.Count(d => d.Severity == severity);
    }

    /// <summary>All diagnostics ordered by path, line, column and text, whatever order threads added them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            return items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
