using System.Diagnostics;
using System.Globalization;
using Archive.Bench.Corpus;

var options = GeneratorOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}
foreach (var dir in new[] { options.Out, options.Hugo })
{
    if (dir is not null && Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
    {
        // Stale files from an earlier run would break "same args, same bytes"; never delete a user's folder.
        Console.Error.WriteLine($"error: '{dir}' is not empty; remove it or choose another folder");
        return 1;
    }
}
var clock = Stopwatch.StartNew();
Corpus.WriteTo(options);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {options.Count} articles to {options.Out}{(options.Hugo is null ? "" : $" and the Hugo site to {options.Hugo}")} in {clock.Elapsed.TotalSeconds:0.0} s"));
return 0;
