using Archive.Output;

namespace Archive.Rendering;

/// <summary>A page to produce: its URL and how to render it. Jobs are independent, so they run in parallel.</summary>
public sealed record RenderJob(string Url, Func<OutputFile?> Render);
