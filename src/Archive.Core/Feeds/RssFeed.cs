using System.Xml;

namespace Archive.Feeds;

/// <summary>Writes a feed as RSS 2.0, with an Atom self link and Dublin Core creators.</summary>
public static class RssFeed
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static byte[] Write(FeedChannel feed) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomNs);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCoreNs);
        writer.WriteAttributeString("xmlns", "content", null, ContentNs);
        writer.WriteStartElement("channel");
        XmlOutput.Text(writer, "title", feed.Title);
        XmlOutput.Text(writer, "link", feed.PageUrl);
        XmlOutput.Text(writer, "description", feed.Description);
        XmlOutput.Text(writer, "language", feed.Language);
        XmlOutput.Text(writer, "lastBuildDate", XmlOutput.Rfc822(feed.Updated));
        XmlOutput.Text(writer, "generator", "Archive");
        writer.WriteStartElement("link", AtomNs);
        writer.WriteAttributeString("href", feed.RssUrl);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        foreach (var item in feed.Items) Item(writer, item);
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void Item(XmlWriter writer, FeedItem item)
    {
        writer.WriteStartElement("item");
        XmlOutput.Text(writer, "title", item.Title);
        XmlOutput.Text(writer, "link", item.Url);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "true");
        writer.WriteString(item.Url);
        writer.WriteEndElement();
        XmlOutput.Text(writer, "pubDate", XmlOutput.Rfc822(item.Published));
        foreach (var author in item.Authors) XmlOutput.Text(writer, "creator", author, DublinCoreNs);
        foreach (var category in item.Categories) XmlOutput.Text(writer, "category", category);
        XmlOutput.Text(writer, "description", item.Summary);
        if (item.ContentHtml is { } html) XmlOutput.Text(writer, "encoded", html, ContentNs);
        writer.WriteEndElement();
    }
}
