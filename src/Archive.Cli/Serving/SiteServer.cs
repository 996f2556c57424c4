using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Archive.Cli.Serving;

/// <summary>Kestrel serving the output folder: pretty URLs, the site's 404 page, live reload, build errors shown in pages.</summary>
public sealed class SiteServer(string siteDir, ReloadBroadcaster reloads, Func<IReadOnlyList<string>> problems)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string root = Path.GetFullPath(siteDir).TrimEnd(Path.DirectorySeparatorChar);

    public WebApplication Create(string host, int port)
    {
        // The host would otherwise watch its content root (the current folder, i.e. the archive with its output and staging
        // folders) for appsettings.json changes: one inotify watch per folder, 290k at 100k articles, past the per-user
        // limit, which left serve's own content watcher with none and no rebuilds at all.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{port}");
        var app = builder.Build();
        app.Run(HandleAsync);
        return app;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var rawPath = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget?.Split('?')[0] ?? request.Path.Value ?? "/";
        if (rawPath == ServeMode.EventsPath)
        {
            await EventsAsync(context);
            return;
        }
        var (outcome, file) = SiteFiles.Resolve(root, rawPath);
        switch (outcome)
        {
            case SiteFiles.Outcome.AddSlash:
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = rawPath + "/" + request.QueryString;
                return;
            case SiteFiles.Outcome.BadRequest:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case SiteFiles.Outcome.NotFound:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                file = Path.Combine(root, "404.html");
                if (!File.Exists(file)) return;
                break;
        }
        await SendAsync(context, file ?? "");
    }

    private async Task SendAsync(HttpContext context, string file)
    {
        byte[] bytes;
        try
        {
            // Built files are never changed in place (a rebuild swaps in a new folder), so one read is one consistent version.
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type == "text/html")
        {
            type = "text/html; charset=utf-8";
            bytes = ServeMode.Inject(bytes, problems());
        }
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task EventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var generation = await reloads.NextAsync().WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync($"event: reload\ndata: {generation}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
    }
}
