using System.Net;
using System.Text;

namespace Archive.Cli.Serving;

/// <summary>What serve mode adds to HTML responses (never to the built files): the live-reload script and build errors.</summary>
public static class ServeMode
{
    public const string EventsPath = "/__archive/events";

    public static byte[] Inject(byte[] html, IReadOnlyList<string> problems)
    {
        var text = Encoding.UTF8.GetString(html);
        var insert = new StringBuilder();
        if (problems.Count > 0)
        {
            insert.Append("<div id=\"archive-errors\" style=\"position:fixed;bottom:0;left:0;right:0;max-height:40%;overflow:auto;background:#300;color:#fdd;font:13px monospace;padding:8px;z-index:99999;white-space:pre-wrap\">");
            foreach (var problem in problems) insert.Append(WebUtility.HtmlEncode(problem)).Append('\n');
            insert.Append("</div>");
        }
        insert.Append("<script>new EventSource(\"").Append(EventsPath).Append("\").addEventListener(\"reload\",()=>location.reload());</script>");
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + insert : text.Insert(at, insert.ToString());
        return Encoding.UTF8.GetBytes(text);
    }
}
