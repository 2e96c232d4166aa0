using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Web;

/// <summary>
/// The real WebApi serving a small built app and GraphiQL page from temporary folders (the real ones are the npm
/// builds', which these tests do not depend on), with a tile server configured.
/// </summary>
public sealed class WebAppServer : ApiFactory
{
    public const string TileUrl = "https://{s}.tile.example.org/{z}/{x}/{y}.png";
    public const string IndexHtml = "<!doctype html><html lang=\"fr\"><title>Voisinage</title><script type=\"module\" src=\"/assets/index-3f2a9c.js\"></script><div id=\"root\"></div></html>";

    public WebAppServer()
        : this(Path.Combine(Path.GetTempPath(), "voisinage-web-tests", Guid.NewGuid().ToString("N")))
    {
    }

    private WebAppServer(string folder)
        : base(new Dictionary<string, string?>
        {
            ["Voisinage:Web:Root"] = Write(Path.Combine(folder, "app"), new()
            {
                ["index.html"] = IndexHtml,
                ["assets/index-3f2a9c.js"] = "console.log('voisinage');",
                ["manifest.webmanifest"] = "{\"name\":\"Voisinage\"}",
                ["sw.js"] = "self.addEventListener('fetch', () => {});",
                ["icons/icon.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            }),
            ["Voisinage:GraphiQL:Enabled"] = "true",
            ["Voisinage:GraphiQL:Root"] = Write(Path.Combine(folder, "graphiql"), new()
            {
                ["index.html"] = "<!doctype html><title>Voisinage GraphiQL</title><script type=\"module\" src=\"/graphiql/graphiql.js\"></script>",
                ["graphiql.js"] = "export {};",
            }),
            ["Voisinage:Web:TileUrl"] = TileUrl,
        })
    {
        Folder = folder;
    }

    public string Folder { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private static string Write(string root, Dictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return root;
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppServer>
{
    public const string Name = "web app";
}
