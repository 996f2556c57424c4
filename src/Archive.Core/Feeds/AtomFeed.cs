using System.Xml;

namespace Archive.Feeds;

/// <summary>Writes a feed as Atom 1.0 (RFC 4287).</summary>
public static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel feed) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("feed", Ns);
        writer.WriteAttributeString("xml", "lang", null, feed.Language);
        XmlOutput.Text(writer, "title", feed.Title);
        XmlOutput.Text(writer, "subtitle", feed.Description);
        Link(writer, "self", "application/atom+xml", feed.AtomUrl);
        Link(writer, "alternate", "text/html", feed.PageUrl);
        XmlOutput.Text(writer, "id", feed.PageUrl);
        XmlOutput.Text(writer, "updated", XmlOutput.Rfc3339(feed.Updated));
        Author(writer, feed.Publisher);
        XmlOutput.Text(writer, "generator", "Archive");
        foreach (var item in feed.Items) Entry(writer, item);
        writer.WriteEndElement();
    });

    private static void Entry(XmlWriter writer, FeedItem item)
    {
        writer.WriteStartElement("entry");
        XmlOutput.Text(writer, "title", item.Title);
        Link(writer, "alternate", "text/html", item.Url);
        XmlOutput.Text(writer, "id", item.Url);
        XmlOutput.Text(writer, "published", XmlOutput.Rfc3339(item.Published));
        XmlOutput.Text(writer, "updated", XmlOutput.Rfc3339(item.Modified));
        foreach (var author in item.Authors) Author(writer, author);
        foreach (var category in item.Categories)
        {
            writer.WriteStartElement("category");
            writer.WriteAttributeString("term", XmlOutput.Clean(category));
            writer.WriteEndElement();
        }
        if (item.Summary.Length > 0) TypedText(writer, "summary", "text", item.Summary);
        if (item.ContentHtml is { } html) TypedText(writer, "content", "html", html);
        writer.WriteEndElement();
    }

    private static void TypedText(XmlWriter writer, string name, string type, string text)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString("type", type);
        writer.WriteString(XmlOutput.Clean(text));
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static void Author(XmlWriter writer, string name)
    {
        writer.WriteStartElement("author");
        XmlOutput.Text(writer, "name", name);
        writer.WriteEndElement();
    }
}
