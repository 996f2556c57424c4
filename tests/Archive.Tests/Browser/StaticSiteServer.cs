using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Archive.Tests.Browser;

/// <summary>
/// Serves a built site on 127.0.0.1 under a base path, as a static host would: index.html for folders, 404.html with
/// status 404 for anything missing, at any depth.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, no trailing slash.</summary>
    public string Origin { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var prefix = new PathString(basePath.TrimEnd('/'));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/feed+json";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = prefix, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(root, "404.html"));
        });
        await app.StartAsync();
        return new StaticSiteServer(app, app.Urls.First().TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
