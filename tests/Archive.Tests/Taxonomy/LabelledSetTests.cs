using System.Globalization;
using Archive.Model;
using Archive.Taxonomy;
using Xunit.Abstractions;
using YamlDotNet.Serialization;

namespace Archive.Tests.Taxonomy;

/// <summary>Precision and recall of assigned subjects and countries over the hand-labelled fixture articles.</summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private sealed class Label
    {
        public List<string> Topics { get; set; } = [];
        public List<string> Countries { get; set; } = [];
    }

    [Fact]
    public void Precision_and_recall_are_at_least_ninety_percent()
    {
        var labels = new DeserializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<Dictionary<string, Label>>(File.ReadAllText(Path.Combine(TaxonomyTestData.FixtureDir, "labels.yml")));
        Assert.True(labels.Count >= 40, $"only {labels.Count} labelled articles");

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (file, label) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var terms = TermAssigner.Assign(TaxonomyTestData.Read(Path.Combine("articles", file)), SiteConfig.Default);
            var expected = label.Topics.Concat(label.Countries).ToHashSet(StringComparer.Ordinal);
            var actual = terms.Topics.Concat(terms.Countries).ToHashSet(StringComparer.Ordinal);
            truePositives += actual.Count(expected.Contains);
            var extra = actual.Where(t => !expected.Contains(t)).ToList();
            var missing = expected.Where(t => !actual.Contains(t)).ToList();
            falsePositives += extra.Count;
            falseNegatives += missing.Count;
            if (extra.Count + missing.Count > 0)
                output.WriteLine($"{file}: extra [{string.Join(", ", extra)}] missing [{string.Join(", ", missing)}]");
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{labels.Count} articles: precision {precision:F3}, recall {recall:F3} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})"));
        Assert.True(precision >= 0.9, $"precision {precision:F3}");
        Assert.True(recall >= 0.9, $"recall {recall:F3}");
    }
}
