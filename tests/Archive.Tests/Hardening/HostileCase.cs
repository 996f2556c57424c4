using Archive.Model;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>One kind of broken or hostile input and the diagnostic it must produce.</summary>
/// <param name="Setup">Writes the hostile input into the site (a good article is always there too).</param>
/// <param name="File">The file the diagnostic must name (its path ends with this); null when the case expects none.</param>
/// <param name="Message">A part of the expected message, case-insensitive.</param>
/// <param name="SiteStillBuilds">Whether the good article must still be published.</param>
/// <param name="Published">For input that is fine: an output file that must exist (the article published correctly).</param>
public sealed record HostileCase(
    string Name,
    Action<TestSite> Setup,
    string? File,
    string Message,
    Severity? Severity = Archive.Model.Severity.Error,
    bool SiteStillBuilds = true,
    string? Published = null)
{
    public override string ToString() => Name;

    /// <summary>An input that is fine however odd it looks: it must be published at <paramref name="published"/>.</summary>
    public static HostileCase Fine(string name, Action<TestSite> setup, string published) =>
        new(name, setup, File: null, Message: "", Severity: null, Published: published);
}
