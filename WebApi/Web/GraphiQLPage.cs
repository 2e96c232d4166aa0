using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Voisinage.WebApi.Web;

/// <summary>
/// GraphiQL at <c>/graphql</c> for a browser that asks for HTML (a GET with <c>Accept: text/html</c> and no <c>query</c>):
/// the page built from <c>tools/graphiql</c>, its script and styles under <c>/graphiql/</c>. Every other request to
/// <c>/graphql</c> (POST, GET with a query, WebSocket upgrades, JSON clients) is the API's.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetsPath = "/graphiql";

    private const string IndexFile = "index.html";

    public static IServiceCollection AddVoisinageGraphiQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphiQLOptions>().Bind(configuration.GetSection(GraphiQLOptions.Section));
        return services;
    }

    public static WebApplication UseVoisinageGraphiQL(this WebApplication app, string graphQLPath = "/graphql")
    {
        var options = app.Services.GetRequiredService<IOptions<GraphiQLOptions>>().Value;
        if (!options.IsEnabled(app.Environment))
        {
            return app;
        }

        var root = options.ResolveRoot();
        if (!File.Exists(Path.Combine(root, IndexFile)))
        {
            app.Logger.LogWarning("GraphiQL is on but not built in {Root} (tools/graphiql; -p:SkipWebBuild=true?).", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Use(async (context, next) =>
        {
            if (!AsksForThePage(context.Request, graphQLPath))
            {
                await next(context);
                return;
            }

            var index = files.GetFileInfo(IndexFile);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.Vary = HeaderNames.Accept;
            await context.Response.SendFileAsync(index, context.RequestAborted);
        });
        return app;
    }

    /// <summary>A browser navigating to the endpoint: GET, HTML acceptable, no operation in the query string.</summary>
    internal static bool AsksForThePage(HttpRequest request, string graphQLPath) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase)
        && !request.Query.ContainsKey("query")
        && !request.Headers.Upgrade.Any(v => v is not null && v.Contains("websocket", StringComparison.OrdinalIgnoreCase))
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (m.Quality ?? 1) > 0);
}
