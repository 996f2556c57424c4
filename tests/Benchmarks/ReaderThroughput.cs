#:project ../../src/Archive.Core/Archive.Core.csproj
#:property TieredCompilation=false
// Reader throughput in MB/s over the reader fixtures (decode + read, one thread).
// Run from the repo root: dotnet run -c Release tests/Benchmarks/ReaderThroughput.cs
using System.Diagnostics;
using Archive.Content;
using Archive.Model;
using Archive.Reading;

var folder = args.Length > 0 ? args[0] : "tests/Fixtures/readers";
var inputs = Directory.EnumerateFiles(folder)
    .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .Select(f => (Path: "content/2025/07/" + Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
    .ToList();
var bytesPerPass = inputs.Sum(i => (long)i.Bytes.Length);

long Pass()
{
    var paragraphs = 0L;
    foreach (var (path, bytes) in inputs)
    {
        var diagnostics = new DiagnosticBag();
        var file = ContentSource.Decode(path, path, bytes, diagnostics);
        if (file is not null) paragraphs += Readers.Default.Read(file, SiteConfig.Default, diagnostics)?.Paragraphs.Count ?? 0;
    }
    return paragraphs;
}

for (var i = 0; i < 20; i++) Pass();
// CPU time of this thread, not wall time, so that other work on a shared machine does not count against the reader.
var passes = 0;
var watch = Stopwatch.StartNew();
var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
while (watch.Elapsed < TimeSpan.FromSeconds(5)) { Pass(); passes++; }
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
var megabytes = bytesPerPass * passes / (1024.0 * 1024.0);
Console.WriteLine($"{inputs.Count} files, {bytesPerPass} bytes a pass, {passes} passes, {watch.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU");
Console.WriteLine($"throughput: {megabytes / cpu:F1} MB/s of CPU time ({inputs.Count * passes / cpu:F0} files/s); {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s wall");
