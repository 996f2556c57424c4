using System.Text.Json;
using System.Xml;

namespace Archive.Tests.Hardening;

/// <summary>Strict checks of the machine-read outputs: feeds and sitemaps are well-formed XML, JSON files parse.</summary>
public static class OutputFormats
{
    public static string? XmlProblem(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
            return null;
        }
        catch (XmlException e)
        {
            return e.Message;
        }
    }

    public static string? JsonProblem(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }

    public static void AssertWellFormedXml(string file, string text) =>
        Assert.True(XmlProblem(text) is null, $"{file}: not well-formed XML: {XmlProblem(text)}");

    public static void AssertValidJson(string file, string text) =>
        Assert.True(JsonProblem(text) is null, $"{file}: not valid JSON: {JsonProblem(text)}");
}
