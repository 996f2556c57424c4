using System.Text.Json.Serialization;
using Archive.Feeds;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Caching;

/// <summary>
/// Compile-time JSON metadata for the view models that page fingerprints hash: no reflection per page. Types not listed here
/// (anonymous view models) fall back to reflection and hash the same way.
/// </summary>
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(ArticleEntry))]
[JsonSerializable(typeof(List<ArticleItemView>))]
[JsonSerializable(typeof(List<ItemGroupView>))]
[JsonSerializable(typeof(ItemGroupView[]))]
[JsonSerializable(typeof(List<TermLinkView>))]
[JsonSerializable(typeof(List<TermGroupView>))]
[JsonSerializable(typeof(List<CalendarMonthView>))]
[JsonSerializable(typeof(CalendarMonthView))]
[JsonSerializable(typeof(PagerView))]
[JsonSerializable(typeof(CalendarPagerView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(MetaTagView))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class ViewJson : JsonSerializerContext;
