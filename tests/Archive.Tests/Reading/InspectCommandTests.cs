using System.Text.Json;
using Archive.Cli.Commands;

namespace Archive.Tests.Reading;

[Collection("Console")]
public sealed class InspectCommandTests
{
    [Fact]
    public void Folders_expand_in_ordinal_order_and_files_keep_argument_order()
    {
        var folder = Directory.CreateTempSubdirectory("inspect-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "B title\n\n(Xinhua) 10:20, July 11, 2025\n\nBody.");
            File.WriteAllText(Path.Combine(folder.FullName, "a.md"), "---\ntitle: A title\ndate: 2025-07-11\n---\n\nBody.");
            File.WriteAllText(Path.Combine(folder.FullName, "empty.txt"), "");
            File.WriteAllText(Path.Combine(folder.FullName, "notes.json"), "{}");
            var single = Path.Combine(folder.FullName, "b.txt");

            var (exit, output) = Run(["inspect", single, folder.FullName, "--format", "json"]);

            using var json = JsonDocument.Parse(output);
            var titles = json.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
            Assert.Equal(["B title", "A title", "B title", null], titles);
            Assert.Equal(1, exit);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output) Run(string[] args)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            var root = new System.CommandLine.RootCommand { InspectCommand.Create() };
            var exit = root.Parse(args).Invoke();
            return (exit, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
