using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Voisinage.WebApi.Web;

/// <summary>
/// Serves the built web app at <c>/</c>: its files, and <c>index.html</c> for the app's own routes (client-side routing),
/// never for the API, operations or asset paths. Hashed assets are cached for a year; the shell (index.html, the service
/// worker, the manifest) and every other file are revalidated on each use, so a new version reaches browsers at once.
/// </summary>
public static class WebAppHosting
{
    /// <summary>Vite's output folder for content-hashed files.</summary>
    public const string HashedAssetsPath = "/assets";

    private const string IndexFile = "index.html";
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    /// <summary>Paths that belong to the server: no app file or fallback ever answers under them.</summary>
    private static readonly string[] ServerPaths = ["/graphql", "/graphiql", "/hubs", "/health", "/metrics", "/dashboard", "/connect", "/.well-known"];

    public static IServiceCollection AddVoisinageWebApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebAppOptions>().Bind(configuration.GetSection(WebAppOptions.Section));
        return services;
    }

    public static WebApplication UseVoisinageWebApp(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.ResolveRoot();
        if (!File.Exists(Path.Combine(root, IndexFile)))
        {
            app.Logger.LogWarning("No web app in {Root} (built with -p:SkipWebBuild=true?): / answers with a short notice.", root);
            app.MapGet("/", () => Results.Text(
                "Voisinage: the web app is not built into this server (see README, build hook). GraphQL at /graphql, health at /health/ready.\n"));
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControlFor(context.Context.Request.Path),
        });

        // Routes of the app (no dot in the last segment): the shell, which routes on the client. Others fall through to 404.
        app.MapFallback(async context =>
        {
            if (IsServerPath(context.Request.Path) || context.Request.Path.StartsWithSegments(HashedAssetsPath))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var index = files.GetFileInfo(IndexFile);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = Revalidate;
            context.Response.ContentLength = index.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.SendFileAsync(index, context.RequestAborted);
            }
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    internal static bool IsServerPath(PathString path) => ServerPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static string CacheControlFor(PathString path) =>
        path.StartsWithSegments(HashedAssetsPath) ? Immutable : Revalidate;
}
