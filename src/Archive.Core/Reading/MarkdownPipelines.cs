using Archive.Model;
using Markdig;

namespace Archive.Reading;

/// <summary>The two frozen Markdig pipelines: raw HTML escaped (default) or allowed by config.</summary>
internal static class MarkdownPipelines
{
    private static readonly MarkdownPipeline Safe = Builder().DisableHtml().Build();
    private static readonly MarkdownPipeline WithHtml = Builder().Build();

    public static MarkdownPipeline For(SiteConfig config) => config.AllowRawHtml ? WithHtml : Safe;

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseAutoLinks();
}
