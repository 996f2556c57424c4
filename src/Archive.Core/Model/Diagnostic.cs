namespace Archive.Model;

/// <summary>How bad a diagnostic is: warnings publish, errors fail the build.</summary>
public enum Severity { Warning, Error }

/// <summary>A place in a source file, printed as editors expect: <c>path(line,col)</c>.</summary>
public sealed record SourceLocation(string Path, int Line = 1, int Column = 1)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>One problem found while building, as data.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public string SeverityName => Severity == Severity.Error ? "error" : "warning";

    public override string ToString() => $"{Location}: {SeverityName}: {Message}";
}
