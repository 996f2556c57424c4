using Archive.Configuration;
using Archive.Model;
using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

public sealed class TaxonomyConfigTests
{
    private static readonly string[] UnMembers =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
        "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia",
        "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Republic of the Congo",
        "Costa Rica", "Cote d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic", "North Korea", "Democratic Republic of the Congo",
        "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
        "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
        "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
        "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
        "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
        "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
        "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
        "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
        "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "South Korea", "Romania",
        "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
        "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
        "Switzerland", "Syria", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey",
        "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Tanzania", "United States",
        "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    ];

    private static SiteConfig Parse(string yaml, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return ConfigLoader.Parse("archive.yml", yaml, diagnostics);
    }

    [Fact]
    public void Default_taxonomy_has_every_un_member_and_the_iptc_subjects()
    {
        Assert.Equal(193, UnMembers.Distinct().Count());
        var taxonomy = TaxonomyDefinition.Default;
        var missing = UnMembers.Where(name => taxonomy.Find(name)?.Kind != TermKind.Country).ToList();
        Assert.Empty(missing);
        Assert.Equal(18, taxonomy.Terms.Count(t => t.Kind == TermKind.Subject));
        Assert.Contains(taxonomy.Terms, t => t.Kind == TermKind.Region && t.Name == "Middle East");
        // City-states are their own capital: the name is already a keyword.
        string[] cityStates = ["Djibouti", "Luxembourg", "Monaco", "San Marino", "Singapore"];
        var withoutCapital = UnMembers.Where(name => taxonomy.Find(name)?.Capital is null && !cityStates.Contains(name)).ToList();
        Assert.True(withoutCapital.Count == 0, string.Join(", ", withoutCapital));
    }

    [Fact]
    public void User_config_adds_renames_drops_and_changes_keywords()
    {
        var config = Parse("""
            taxonomy:
              settings:
                subject_cap: 1
              subjects:
                Weather: {drop: true}
                Diplomacy: {rename: Foreign Affairs, add_keywords: [rapprochement]}
                Space: {keywords: [rocket, orbit, astronaut, spacewalk]}
                Sport: {keywords: [curling]}
              countries:
                Georgia: {weak: []}
            """, out var diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var taxonomy = config.Taxonomy;
        Assert.Null(taxonomy.Find("Weather"));
        Assert.Null(taxonomy.Find("Diplomacy"));
        Assert.Contains("rapprochement", taxonomy.Find("Foreign Affairs")?.Keywords ?? []);
        Assert.Equal(["curling"], taxonomy.Find("Sport")?.Keywords);
        Assert.Equal(1, taxonomy.Settings.SubjectCap);

        var article = TaxonomyTestData.Make("Astronaut rocket reaches orbit for spacewalk", "The rocket put an astronaut in orbit; rapprochement talks continued.");
        Assert.Equal(["Space"], TermAssigner.Assign(article, config).Topics);
        var georgia = TaxonomyTestData.Make("Georgia", "Georgia said.");
        Assert.Contains("Georgia", TermAssigner.Assign(georgia, config).Countries);
        Assert.DoesNotContain("Georgia", TermAssigner.Assign(georgia, SiteConfig.Default).Countries);
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line()
    {
        Parse("title: X\ntaxonomy:\n  subjects:\n    Sport:\n      keywordz: [a]\n", out var diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void Semantic_mistakes_are_errors()
    {
        Parse("""
            taxonomy:
              settings: {subject_relative: 2}
              subjects:
                Nonexistent: {drop: true}
                Sport: {rename: Health}
                Empty: {}
            """, out var diagnostics);
        var messages = diagnostics.Sorted().Select(d => d.Message).ToList();
        Assert.Equal(4, messages.Count);
        Assert.Contains(messages, m => m.Contains("subject_relative", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("cannot drop", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("cannot rename to 'Health'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Empty: has no keywords", StringComparison.Ordinal));
    }

    [Fact]
    public void Old_topics_shorthand_still_works()
    {
        var config = Parse("topics:\n  Gardening: [roses, compost]\n  Weather: []\n", out var diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Null(config.Taxonomy.Find("Weather"));
        var article = TaxonomyTestData.Make("Roses and compost", "Compost your roses.");
        Assert.Equal(["Gardening"], TermAssigner.Assign(article, config).Topics);
    }
}
