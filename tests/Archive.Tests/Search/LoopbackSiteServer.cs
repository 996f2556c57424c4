using System.Net;
using System.Net.Sockets;

namespace Archive.Tests.Search;

/// <summary>Serves a built site's folder on 127.0.0.1 under a path prefix, as a static host would (directories -> index.html).</summary>
internal sealed class LoopbackSiteServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly string prefix;

    public string SiteUrl { get; }

    public LoopbackSiteServer(string root, string prefix)
    {
        this.root = Path.GetFullPath(root);
        this.prefix = prefix;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        SiteUrl = $"http://127.0.0.1:{port}{prefix}";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) { response.StatusCode = 404; return; }
        var relative = path[prefix.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        var bytes = File.ReadAllBytes(file);
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".xml" => "application/xml",
            _ => "application/octet-stream",
        };
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose() => listener.Close();
}
