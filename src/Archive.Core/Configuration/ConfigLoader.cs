using Archive.Model;
using Archive.Taxonomy;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Configuration;

/// <summary>Turns the text of <c>archive.yml</c> into a validated <see cref="SiteConfig"/>; pure.</summary>
public static class ConfigLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The built-in settings: what a site gets with no config file.</summary>
    public static SiteConfig Defaults() => new()
    {
        TimeZone = TimeZoneInfo.Utc,
        SourceTimeZones = DefaultSourceZones(),
        SourceAliases = DefaultSourceAliases(),
    };

    /// <summary>Parses config text; problems become diagnostics at their line, and the defaults stand in.</summary>
    public static SiteConfig Parse(string path, string text, DiagnosticBag diagnostics)
    {
        ConfigFile? file;
        try
        {
            file = Deserializer.Deserialize<ConfigFile?>(text);
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), YamlMessages.Clean(e));
            return Defaults();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on a lone surrogate escape or a '[' never closed.
            diagnostics.Error(new SourceLocation(path), $"malformed YAML: {e.Message}");
            return Defaults();
        }
        return file is null ? Defaults() : Apply(file, path, diagnostics);
    }

    private static SiteConfig Apply(ConfigFile file, string path, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(path);
        var config = Defaults();
        var zones = new Dictionary<string, TimeZoneInfo>(config.SourceTimeZones, StringComparer.OrdinalIgnoreCase);
        foreach (var (source, zoneId) in file.SourceTimeZones ?? [])
        {
            if (TimeZones.TryFind(zoneId, out var zone)) zones[source] = zone;
            else diagnostics.Error(at, $"source_time_zones: unknown time zone '{zoneId}' for '{source}'");
        }
        var aliases = new Dictionary<string, string>(config.SourceAliases, StringComparer.OrdinalIgnoreCase);
        foreach (var (canonical, others) in file.SourceAliases ?? [])
        {
            aliases[canonical] = canonical;
            foreach (var alias in others) aliases[alias] = canonical;
        }
        var taxonomy = ApplyTaxonomy(config.Taxonomy, file, at, diagnostics);

        return config with
        {
            Title = file.Title ?? config.Title,
            Description = file.Description ?? config.Description,
            BaseUrl = NormalizeBaseUrl(file.BaseUrl, at, diagnostics) ?? config.BaseUrl,
            Language = file.Language ?? config.Language,
            TimeZone = ResolveZone(file.TimeZone, at, diagnostics) ?? config.TimeZone,
            PageSize = Positive(file.PageSize, "page_size", at, diagnostics) ?? config.PageSize,
            FeedItems = Positive(file.FeedItems, "feed_items", at, diagnostics) ?? config.FeedItems,
            FeedFullText = file.FeedFullText ?? config.FeedFullText,
            AllowRawHtml = file.AllowRawHtml ?? config.AllowRawHtml,
            MinTermCount = Positive(file.MinTermCount, "min_term_count", at, diagnostics) ?? config.MinTermCount,
            SourceTimeZones = zones,
            SourceAliases = aliases,
            Taxonomy = taxonomy,
        };
    }

    private static TaxonomyDefinition ApplyTaxonomy(TaxonomyDefinition defaults, ConfigFile file, SourceLocation at, DiagnosticBag diagnostics)
    {
        var errors = new List<string>();
        var taxonomy = defaults;
        if (file.Topics is { Count: > 0 } topics)
        {
            var subjects = topics.ToDictionary(
                t => t.Key,
                t => (TermFile?)(t.Value.Count == 0 ? new TermFile { Drop = true } : new TermFile { Keywords = t.Value, Weak = [] }));
            taxonomy = taxonomy.With(new TaxonomyFile { Subjects = subjects }, errors);
        }
        taxonomy = taxonomy.With(file.Taxonomy, errors);
        foreach (var error in errors) diagnostics.Error(at, error);
        return taxonomy;
    }

    /// <summary>Checks a base URL and gives it a trailing slash; null (with an error) when it is not absolute http(s).</summary>
    public static string? NormalizeBaseUrl(string? value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            diagnostics.Error(at, $"base_url: '{value}' is not an absolute http or https URL");
            return null;
        }
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }

    private static TimeZoneInfo? ResolveZone(string? id, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (id is null) return null;
        if (TimeZones.TryFind(id, out var zone)) return zone;
        diagnostics.Error(at, $"time_zone: unknown time zone '{id}'");
        return null;
    }

    private static int? Positive(int? value, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value is null or > 0) return value;
        diagnostics.Error(at, $"{key}: must be a positive whole number, not {value}");
        return null;
    }

    private static Dictionary<string, TimeZoneInfo> DefaultSourceZones()
    {
        var shanghai = TimeZones.Find("Asia/Shanghai");
        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["Xinhua"] = shanghai,
            ["People's Daily"] = shanghai,
            ["China Daily"] = shanghai,
            ["Global Times"] = shanghai,
            ["CGTN"] = shanghai,
            ["KCNA"] = TimeZones.Find("Asia/Pyongyang"),
            ["Yonhap"] = TimeZones.Find("Asia/Seoul"),
            ["Kyodo"] = TimeZones.Find("Asia/Tokyo"),
            ["NHK"] = TimeZones.Find("Asia/Tokyo"),
            ["TASS"] = TimeZones.Find("Europe/Moscow"),
            ["Anadolu"] = TimeZones.Find("Europe/Istanbul"),
            ["ANI"] = TimeZones.Find("Asia/Kolkata"),
            ["The Hindu"] = TimeZones.Find("Asia/Kolkata"),
            ["South China Morning Post"] = TimeZones.Find("Asia/Hong_Kong"),
            ["ECNS"] = shanghai,
            ["CRI"] = shanghai,
            ["China News Service"] = shanghai,
            ["Shanghai Daily"] = shanghai,
            ["Rodong Sinmun"] = TimeZones.Find("Asia/Pyongyang"),
            ["ANSA"] = TimeZones.Find("Europe/Rome"),
            ["dpa"] = TimeZones.Find("Europe/Berlin"),
            ["Nikkei Asia"] = TimeZones.Find("Asia/Tokyo"),
            ["Korea JoongAng Daily"] = TimeZones.Find("Asia/Seoul"),
            ["Japan Times"] = TimeZones.Find("Asia/Tokyo"),
            ["Jiji"] = TimeZones.Find("Asia/Tokyo"),
            ["Korea Herald"] = TimeZones.Find("Asia/Seoul"),
            ["Korea Times"] = TimeZones.Find("Asia/Seoul"),
            ["RIA Novosti"] = TimeZones.Find("Europe/Moscow"),
            ["Sputnik"] = TimeZones.Find("Europe/Moscow"),
            ["Bernama"] = TimeZones.Find("Asia/Kuala_Lumpur"),
            ["Antara"] = TimeZones.Find("Asia/Jakarta"),
            ["PTI"] = TimeZones.Find("Asia/Kolkata"),
            ["IANS"] = TimeZones.Find("Asia/Kolkata"),
            ["VNA"] = TimeZones.Find("Asia/Ho_Chi_Minh"),
        };
    }

    private static Dictionary<string, string> DefaultSourceAliases()
    {
        var groups = new Dictionary<string, string[]>
        {
            ["Xinhua"] = ["Xinhua News Agency", "XINHUA", "Xinhuanet", "Xinhua Net", "xinhuanet.com", "news.cn", "english.news.cn"],
            ["People's Daily"] = ["People's Daily Online", "PD Online", "Renmin Ribao", "people.cn", "en.people.cn"],
            ["China Daily"] = ["China Daily USA", "chinadaily.com.cn", "China Daily Europe", "China Daily Asia", "chinadailyhk", "China Daily Hong Kong", "China Daily HK", "chinadailyasia.com", "China Daily Global", "chinadaily", "chinadailyusa"],
            ["Global Times"] = ["GT", "globaltimes.cn", "globaltimes"],
            ["Reuters"] = ["Thomson Reuters", "REUTERS", "Reuters Breakingviews", "Breakingviews"],
            ["Nikkei Asia"] = ["Nikkei", "Nikkei Asian Review"],
            ["Korea JoongAng Daily"] = ["JoongAng Daily", "joongang"],
            ["The Guardian"] = ["Guardian", "Guardian News & Media", "theguardian.com"],
            ["AP"] = ["Associated Press", "The Associated Press"],
            ["AFP"] = ["Agence France-Presse", "Agence France Presse"],
            ["dpa"] = ["Deutsche Presse-Agentur", "DPA"],
            ["KCNA"] = ["Korean Central News Agency"],
            ["BBC"] = ["BBC News"],
            ["Kyodo"] = ["Kyodo News"],
            ["NHK"] = ["NHK World", "NHK WORLD-JAPAN"],
            ["Yonhap"] = ["Yonhap News Agency"],
            ["Anadolu"] = ["Anadolu Agency"],
            ["South China Morning Post"] = ["SCMP"],
            ["ECNS"] = ["ecns.cn"],
            ["CRI"] = ["China Radio International", "CRI Online"],
            ["Shanghai Daily"] = ["SHINE", "shine.cn"],
            ["Bloomberg"] = ["Bloomberg News"],
            ["RIA Novosti"] = ["RIA"],
            ["Japan Times"] = ["The Japan Times"],
            ["Jiji"] = ["Jiji Press"],
            ["Korea Herald"] = ["The Korea Herald"],
            ["Korea Times"] = ["The Korea Times"],
            ["PTI"] = ["Press Trust of India"],
            ["IANS"] = ["Indo-Asian News Service"],
            ["Antara"] = ["Antara News"],
            ["Al Jazeera"] = ["Al Jazeera English"],
            ["VNA"] = ["Vietnam News Agency"],
        };
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (canonical, others) in groups)
        {
            aliases[canonical] = canonical;
            foreach (var alias in others) aliases[alias] = canonical;
        }
        return aliases;
    }
}
