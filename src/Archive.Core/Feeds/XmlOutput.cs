using System.Globalization;
using System.Text;
using System.Xml;

namespace Archive.Feeds;

/// <summary>Shared XmlWriter setup for feeds and sitemaps: UTF-8 without BOM, indented, and text cleaned of XML-invalid characters.</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = " ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes an element whose text has control characters (invalid in XML 1.0) removed: content is not trusted.</summary>
    public static void Text(XmlWriter writer, string name, string? text, string? ns = null)
    {
        if (ns is null) writer.WriteElementString(name, Clean(text));
        else writer.WriteElementString(name, ns, Clean(text));
    }

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>RFC 3339, as Atom and sitemaps want it: <c>2025-07-11T10:20:00+08:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 with a four-digit year, as RSS 2.0 wants it: <c>Fri, 11 Jul 2025 10:20:00 +0800</c>.</summary>
    public static string Rfc822(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var zone = sign + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
        return time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + zone;
    }
}
