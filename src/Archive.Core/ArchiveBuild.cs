using System.Diagnostics;
using Archive.Content;
using Archive.Model;
using Archive.Output;
using Archive.Reading;
using Archive.Rendering;
using Archive.Site;

namespace Archive;

/// <summary>The build pipeline, top to bottom: config, content, articles, site model, pages, output.</summary>
public sealed class ArchiveBuild
{
    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigSource.Load(options, diagnostics);
        var configIsValid = !diagnostics.HasErrors;
        var source = new ContentSource(options.ContentDir);
        var files = source.Enumerate(diagnostics);
        var articles = ArticleIndex.ReadAll(source, files, config, diagnostics, options.MaxParallelism);
        var site = SiteModel.Build(config, articles.Entries, diagnostics);
        var templates = new TemplateStore(options.TemplatesDir, diagnostics);
        var renderer = new SiteRenderer(site, templates, articles.Bodies, diagnostics);
        var summary = configIsValid && TemplatesAreValid(diagnostics, renderer) ? Write(options, renderer, diagnostics) : null;
        var stats = new BuildStats(files.Count, site.Articles.Count, summary?.Written ?? 0, summary?.Unchanged ?? 0,
            summary?.Bytes ?? 0, clock.Elapsed, summary is not null);
        return new BuildResult(site, diagnostics.Sorted(), stats, options.Strict);
    }

    /// <summary>Content errors cost their own articles only; config and template errors stop the write.</summary>
    private static bool TemplatesAreValid(DiagnosticBag diagnostics, SiteRenderer renderer)
    {
        var before = diagnostics.Count(Severity.Error);
        renderer.Prepare();
        return diagnostics.Count(Severity.Error) == before;
    }

    private static WriteSummary? Write(BuildOptions options, SiteRenderer renderer, DiagnosticBag diagnostics)
    {
        using var writer = OutputWriter.Begin(options.OutputDir, diagnostics);
        if (writer is null) return null;
        var renderErrors = new DiagnosticBag();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) };
        Parallel.ForEach(renderer.Jobs(), parallel, job =>
        {
            var file = job.Render();
            if (file is null) renderErrors.Error(new SourceLocation(job.Url), "page not written: its template failed");
            else writer.Write(file);
        });
        diagnostics.AddRange(renderErrors.Sorted());
        // A page that failed to render would leave a hole in the site: keep the previous site instead.
        return renderErrors.Count(Severity.Error) == 0 ? writer.Commit() : null;
    }
}
