namespace Archive.Output;

/// <summary>One file of the built site: where it goes (relative to the output folder, '/' separated) and its bytes.</summary>
public sealed record OutputFile(string RelativePath, ReadOnlyMemory<byte> Content);
