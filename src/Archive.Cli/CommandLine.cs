using System.CommandLine;

namespace Archive.Cli;

/// <summary>Exit codes and the one place where a command line is parsed and run.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"archive: {error.Message}");
            Console.Error.WriteLine("Run 'archive --help' for usage.");
            return BadUsage;
        }
        return await parsed.InvokeAsync();
    }
}
