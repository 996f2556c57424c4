using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Model;
using Archive.Output;
using Archive.Text;

namespace Archive.Caching;

/// <summary>
/// The cache folder beside the output (<c>&lt;output-parent&gt;/.archive-cache/&lt;output-name&gt;/</c>): what the last build
/// read, and the fingerprints of the pages now in the output folder. Every part is verified before use and ignored otherwise.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".archive-cache";
    private readonly string folder;
    private readonly string inputsKey;

    private readonly int parallelism;
    private PageCache? savedPages;
    private bool pagesRead;

    private BuildCache(string folder, string inputsKey, int parallelism)
    {
        this.folder = folder;
        this.inputsKey = inputsKey;
        this.parallelism = parallelism;
    }

    public static string FolderFor(string outputDir)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        return Path.Combine(parent, FolderName, Path.GetFileName(output));
    }

    /// <summary>The cache for a build; <paramref name="clean"/> starts from nothing (the old cache is deleted).</summary>
    public static BuildCache Open(BuildOptions options, SiteConfig config, bool clean)
    {
        var folder = FolderFor(options.OutputDir);
        if (clean && Directory.Exists(folder))
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
        return new BuildCache(folder, InputsKey(options, config), options.MaxParallelism);
    }

    private string ContentPath => Path.Combine(folder, "content.cache");
    private string PagesPath => Path.Combine(folder, "pages.cache");
    private string RelatedPath => Path.Combine(folder, "related.cache");

    /// <summary>The last build's reads, if they were made by this code, with this config, from this content folder.</summary>
    /// <param name="inMemory">What this process read last time (a <c>serve</c> session), used instead of the file when it
    /// was made for the same inputs.</param>
    public ContentCache LoadContent(ContentCache? inMemory = null)
    {
        if (inMemory is not null && inMemory.InputsKey == inputsKey) return inMemory;
        var cache = CacheFile.ReadLines(ContentPath, ContentCache.Kind, ContentCache.Version, CacheJson.Default.String,
            CacheJson.Default.CachedFile, parallelism);
        return cache is { Head: var key, Items: var files } && key == inputsKey ? new ContentCache(key, files) : ContentCache.Empty(inputsKey);
    }

    /// <summary>Saves on one thread: the build saves in the background and needs the other cores meanwhile.</summary>
    public bool SaveContent(ContentCache cache) => TrySave(() =>
        CacheFile.WriteLines(ContentPath, ContentCache.Kind, ContentCache.Version, cache.InputsKey, cache.Files,
            CacheJson.Default.String, CacheJson.Default.CachedFile));

    /// <summary>The related-article lists of the site model built from <paramref name="content"/>, if the cache holds that model's.</summary>
    public IReadOnlyList<int[]>? LoadRelated(ContentCache content)
    {
        var cache = CacheFile.ReadLines(RelatedPath, RelatedCacheHead.Kind, RelatedCacheHead.Version, CacheJson.Default.RelatedCacheHead,
            CacheJson.Default.Int32Array, parallelism);
        return cache is ({ ContentKey: var key, Count: var count }, var lists) && count == lists.Length
            && string.Equals(key, content.StateKey, StringComparison.Ordinal) ? lists : null;
    }

    /// <summary>Saves the related-article lists of the site model built from <paramref name="content"/>, on one thread.</summary>
    public bool SaveRelated(ContentCache content, IReadOnlyList<IReadOnlyList<int>> lists) => TrySave(() =>
        CacheFile.WriteLines(RelatedPath, RelatedCacheHead.Kind, RelatedCacheHead.Version, new RelatedCacheHead(content.StateKey, lists.Count),
            lists.Select(list => list as int[] ?? [.. list]).ToList(), CacheJson.Default.RelatedCacheHead, CacheJson.Default.Int32Array));

    /// <summary>
    /// The manifests of the output folder's site and of the site before it (the staging folder's, if the writer kept it);
    /// each is only what the cache says, for the writer to check against the folder's marker; empty when unknown.
    /// </summary>
    /// <param name="inMemory">The manifests of the last site this process wrote (a <c>serve</c> session): checked the same way.</param>
    public (PageManifest Current, PageManifest Previous) LoadManifests(string outputDir, (PageManifest Current, PageManifest? Previous)? inMemory = null)
    {
        var marker = OutputOwnership.ManifestHash(Path.GetFullPath(outputDir));
        if (inMemory is var (site, before))
            return (marker is not null && string.Equals(marker, site.Hash(), StringComparison.Ordinal) ? site : PageManifest.Empty, before ?? PageManifest.Empty);
        if (SavedPages() is not { } cache) return (PageManifest.Empty, PageManifest.Empty);
        var current = marker is not null && string.Equals(marker, cache.ManifestHash, StringComparison.Ordinal)
            ? new PageManifest(cache.Fingerprints, cache.ManifestHash)
            : PageManifest.Empty;
        var previous = cache is { PreviousFingerprints: { } fingerprints, PreviousManifestHash: { } hash }
            ? new PageManifest(fingerprints, hash)
            : PageManifest.Empty;
        return (current, previous);
    }

    /// <summary>
    /// Whether the site in the output folder was rendered, with the site key <paramref name="siteKey"/> (code, config,
    /// theme), from a model built from <paramref name="content"/>: as the page cache says (the writer checks that cache
    /// against the folder's marker before it keeps a page).
    /// </summary>
    public bool RenderedFromSameInputs(string siteKey, ContentCache content) =>
        SavedPages()?.RenderedFrom is { } key && string.Equals(key, RenderedFrom(siteKey, content), StringComparison.Ordinal);

    /// <summary>The key of a site rendered with <paramref name="siteKey"/> from the model of <paramref name="content"/>.</summary>
    public static string RenderedFrom(string siteKey, ContentCache content) => Hashing.Hex(siteKey + "\n" + content.StateKey);

    /// <summary>The page cache file, read once per build (the model and the writer both ask).</summary>
    private PageCache? SavedPages()
    {
        if (!pagesRead) savedPages = CacheFile.Read(PagesPath, PageCache.Kind, PageCache.Version, CacheJson.Default.PageCache);
        pagesRead = true;
        return savedPages;
    }

    /// <summary>The page cache for the site just written, for <see cref="SavePages"/> and the next build of a serve session.</summary>
    /// <param name="previous">The site now in the staging folder (the one the output folder held before this build).</param>
    /// <param name="renderedFrom">What the site was rendered from (<see cref="RenderedFrom(string, ContentCache)"/>).</param>
    public static PageCache Pages(PageManifest manifest, PageManifest? previous = null, string? renderedFrom = null) =>
        new(manifest.Hash(), manifest.Fingerprints)
        {
            RenderedFrom = renderedFrom,
            PreviousManifestHash = previous?.Hash(),
            PreviousFingerprints = previous?.Fingerprints,
        };

    /// <returns>False if it could not be written.</returns>
    public bool SavePages(PageCache pages) =>
        TrySave(() => CacheFile.Write(PagesPath, PageCache.Kind, PageCache.Version, pages, CacheJson.Default.PageCache));

    /// <summary>What every page depends on besides its view: this build of the code, and the config (bodies depend on it).</summary>
    public static string PageInputsKey(SiteConfig config) => Hashing.Hex(CodeVersion + "\n" + ConfigText(config));

    private static string InputsKey(BuildOptions options, SiteConfig config) =>
        Hashing.Hex(string.Join('\n', CodeVersion, ConfigText(config), options.ContentDir, Path.GetFullPath(options.ContentDir)));

    /// <summary>Changes whenever the code changes (deterministic builds give a new module id only then).</summary>
    private static string CodeVersion => typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private static readonly JsonSerializerOptions ConfigJson = new() { Converters = { new TimeZoneConverter() } };

    private static string ConfigText(SiteConfig config)
    {
        try
        {
            return JsonSerializer.Serialize(config, ConfigJson);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            // A config that cannot be described cannot be compared: never reuse anything built with it.
            return Guid.NewGuid().ToString();
        }
    }

    private static bool TrySave(Action save)
    {
        try
        {
            save();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build its speed, never its correctness.
            return false;
        }
    }

    private sealed class TimeZoneConverter : JsonConverter<TimeZoneInfo>
    {
        public override TimeZoneInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, TimeZoneInfo value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Id);
    }
}
