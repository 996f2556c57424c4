using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Taxonomy;

/// <summary>A validated taxonomy: subjects, regions, countries, ignored phrases and scoring settings. Immutable.</summary>
public sealed class TaxonomyDefinition
{
    private static readonly Lazy<TaxonomyDefinition> DefaultInstance = new(LoadDefault);
    private readonly Lazy<CompiledTaxonomy> compiled;

    public TaxonomyDefinition(IReadOnlyList<TermDefinition> terms, IReadOnlyList<string> ignore, TaxonomySettings settings)
    {
        Terms = terms;
        Ignore = ignore;
        Settings = settings;
        compiled = new Lazy<CompiledTaxonomy>(() => new CompiledTaxonomy(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Subjects first, then regions, then countries, each in file order.</summary>
    public IReadOnlyList<TermDefinition> Terms { get; }
    public IReadOnlyList<string> Ignore { get; }
    public TaxonomySettings Settings { get; }

    /// <summary>The taxonomy shipped with the program (DefaultTaxonomy.yml).</summary>
    public static TaxonomyDefinition Default => DefaultInstance.Value;

    /// <summary>The keyword matcher and place index, built once per taxonomy on first use.</summary>
    internal CompiledTaxonomy Compiled => compiled.Value;

    internal static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>This taxonomy changed by a user's <c>taxonomy:</c> section; problems go to <paramref name="errors"/>.</summary>
    public TaxonomyDefinition With(TaxonomyFile? file, List<string> errors)
    {
        if (file is null) return this;
        var terms = Terms.ToList();
        Merge(terms, TermKind.Subject, file.Subjects, errors);
        Merge(terms, TermKind.Region, file.Regions, errors);
        Merge(terms, TermKind.Country, file.Countries, errors);
        var ordered = terms.OrderBy(t => t.Kind switch { TermKind.Subject => 0, TermKind.Region => 1, _ => 2 }).ToList();
        return new TaxonomyDefinition(ordered, Ignore.Concat(file.Ignore ?? []).ToList(), Settings.With(file.Settings, errors));
    }

    /// <summary>The term with this name (case-insensitive), or null.</summary>
    public TermDefinition? Find(string name) => Compiled.FindTerm(name);

    private static void Merge(List<TermDefinition> terms, TermKind kind, Dictionary<string, TermFile?>? entries, List<string> errors)
    {
        var section = kind switch { TermKind.Subject => "subjects", TermKind.Region => "regions", _ => "countries" };
        foreach (var (name, entry) in entries ?? [])
        {
            var key = $"taxonomy.{section}.{name}";
            var index = terms.FindIndex(t => t.Kind == kind && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (entry?.Drop == true)
            {
                if (index < 0) errors.Add($"{key}: cannot drop it, there is no such entry");
                else terms.RemoveAt(index);
                continue;
            }
            var existing = index >= 0 ? terms[index] : new TermDefinition { Name = name.Trim(), Kind = kind };
            var changed = Apply(existing, entry ?? new TermFile(), key, errors);
            if (changed.Name != existing.Name && terms.Any(t => string.Equals(t.Name, changed.Name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{key}: cannot rename to '{changed.Name}', which already exists");
                continue;
            }
            if (!changed.AllKeywords().Any()) errors.Add($"{key}: has no keywords");
            if (index >= 0) terms[index] = changed;
            else terms.Add(changed);
        }
    }

    private static TermDefinition Apply(TermDefinition term, TermFile entry, string key, List<string> errors)
    {
        var removed = new HashSet<string>(entry.RemoveKeywords ?? [], StringComparer.Ordinal);
        IReadOnlyList<string> Clean(IReadOnlyList<string> list) =>
            list.Select(k => k.Trim()).Where(k => k.Length > 0 && !removed.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (entry.Rename is { } rename && string.IsNullOrWhiteSpace(rename)) errors.Add($"{key}.rename: must not be empty");
        return term with
        {
            Name = string.IsNullOrWhiteSpace(entry.Rename) ? term.Name : entry.Rename.Trim(),
            Keywords = Clean((entry.Keywords ?? term.Keywords).Concat(entry.AddKeywords ?? []).ToList()),
            Aliases = Clean(entry.Aliases ?? term.Aliases),
            Demonyms = Clean(entry.Demonyms ?? term.Demonyms),
            Capital = entry.Capital ?? term.Capital,
            Cities = Clean(entry.Cities ?? term.Cities),
            Weak = Clean(entry.Weak ?? term.Weak),
        };
    }

    private static TaxonomyDefinition LoadDefault()
    {
        using var stream = typeof(TaxonomyDefinition).Assembly.GetManifestResourceStream("Archive.Taxonomy.DefaultTaxonomy.yml")
            ?? throw new InvalidOperationException("the embedded default taxonomy is missing");
        using var reader = new StreamReader(stream);
        var file = Deserializer.Deserialize<TaxonomyFile>(reader);
        var errors = new List<string>();
        var empty = new TaxonomyDefinition([], [], TaxonomySettings.Fallback);
        var result = empty.With(file, errors);
        if (errors.Count > 0) throw new InvalidOperationException("the embedded default taxonomy is invalid: " + string.Join("; ", errors));
        return result;
    }
}
