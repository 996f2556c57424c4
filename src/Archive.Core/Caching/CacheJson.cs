using System.Text.Json.Serialization;

namespace Archive.Caching;

/// <summary>Compile-time JSON metadata for the cache files: fast to load, no reflection.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CachedFile))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(PageCache))]
[JsonSerializable(typeof(RelatedCacheHead))]
[JsonSerializable(typeof(int[]))]
internal sealed partial class CacheJson : JsonSerializerContext;
