using System.Text.RegularExpressions;
using Archive.Output;
using Archive.Site;
using Archive.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Archive.Tests.Fuzzing;

/// <summary>Slugs, URLs and output paths over hostile text: safe, canonical, and relative links that resolve where they should.</summary>
public sealed partial class UrlFuzzTests(ITestOutputHelper output)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "archive-fuzz-root");

    [Fact]
    public void Slugs_are_safe_canonical_segments() =>
        new FuzzRun("slugs", output).Check(FuzzInputs.PathLike, text =>
        {
            var slug = Slugs.From(text);
            if (OutputPaths.Problem(Urls.OutputPath(Urls.Article(new DateOnly(2024, 6, 2), slug))) is not null) return Verdict.Escape;
            if (OutputPaths.Problem(Urls.OutputPath(Urls.Term(TermKind.Topic, slug))) is not null) return Verdict.Escape;
            return SlugShape().IsMatch(slug) && slug.Length <= Slugs.MaxLength + 2 && Slugs.From(slug) == slug ? Verdict.Ok : Verdict.Mismatch;
        }, 20_000);

    private static readonly Gen<string> SiteUrl = Gen.Frequency(
        (3, (IGen<string>)Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 12], Gen.Int[1, 28], FuzzInputs.PathLike,
            (y, m, d, title) => Urls.Article(new DateOnly(y, m, d), Slugs.From(title)))),
        (1, FuzzInputs.PathLike.Select(name => Urls.Term(TermKind.Topic, Slugs.From(name, "term")))),
        (1, Gen.Int[1, 30].Select(n => Urls.Page(Urls.Archive, n))),
        (1, Gen.OneOf(Urls.Home, Urls.Archive, Urls.NotFound, Urls.Sitemap, Urls.Stylesheet, Urls.AtomFeed(Urls.Home))));

    [Fact]
    public void Relative_links_resolve_to_their_target() =>
        new FuzzRun("relative URLs", output).Check(Gen.Select(SiteUrl, SiteUrl), pair =>
        {
            var (from, to) = pair;
            var link = Urls.Relative(from, to);
            if (link.Contains(':') || link.StartsWith('/')) return Verdict.Escape;
            var resolved = new Uri(new Uri("https://example.org/news" + from), link).AbsolutePath;
            if (OutputPaths.Problem(Urls.OutputPath(to)) is not null) return Verdict.Escape;
            return resolved == "/news" + to ? Verdict.Ok : Verdict.Mismatch;
        }, 20_000);

    [Fact]
    public void Accepted_output_paths_stay_inside_the_output_folder() =>
        new FuzzRun("output paths", output).Check(FuzzInputs.PathLike, path =>
        {
            if (OutputPaths.Problem(path) is not null) return Verdict.Ok;
            var full = Path.GetFullPath(Path.Combine(Root, path));
            var inside = full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var portable = !path.Split('/').Any(s => s is "." or ".." || OutputPaths.IsReservedName(s)) && !path.Contains('\\') && !path.Contains(':');
            return inside && portable ? Verdict.Ok : Verdict.Escape;
        }, 20_000);
}
