using System.Text.Json;
using Archive.Inspection;
using Archive.Model;

namespace Archive.Tests.Reading;

/// <summary>Runs every input in Fixtures/readers and compares each key its expected .json names with the inspect output.</summary>
public sealed class ReaderFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "readers");

    private static List<string> InputNames() =>
        Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Inputs() => new(InputNames());

    [Fact]
    public void There_are_at_least_sixty_inputs_each_with_an_expected_file()
    {
        var inputs = InputNames();
        Assert.True(inputs.Count >= 60, $"only {inputs.Count} fixtures");
        Assert.All(inputs, input => Assert.True(File.Exists(ExpectedPath(input)), $"{input} has no expected .json"));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Inspect_output_matches_the_expected_file(string input)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(ExpectedPath(input)));
        var path = expected.RootElement.TryGetProperty("path", out var given) ? given.GetString() ?? input : input;
        var inspection = ArticleInspection.Of(path, File.ReadAllBytes(Path.Combine(Folder, input)), SiteConfig.Default);
        using var actual = JsonDocument.Parse(InspectionJson.Format([inspection]));
        var actualObject = actual.RootElement[0];

        var mismatches = new List<string>();
        foreach (var property in expected.RootElement.EnumerateObject())
        {
            var value = actualObject.GetProperty(property.Name);
            if (!JsonElement.DeepEquals(property.Value, value))
                mismatches.Add($"{property.Name}:\n  expected {property.Value.GetRawText()}\n  actual   {value.GetRawText()}");
        }
        Assert.True(mismatches.Count == 0, $"{input}\n" + string.Join("\n", mismatches));
    }

    private static string ExpectedPath(string input) => Path.Combine(Folder, Path.GetFileNameWithoutExtension(input) + ".json");
}
