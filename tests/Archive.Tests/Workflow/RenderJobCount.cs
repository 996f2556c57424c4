namespace Archive.Tests.Workflow;

/// <summary>The number of render jobs a build listed (pages not kept as they are), from its last progress report.</summary>
internal sealed class RenderJobCount : IProgress<BuildProgress>
{
    public int Total { get; private set; }

    public void Report(BuildProgress value)
    {
        if (value.Phase == "write") Total = value.Total;
    }
}
