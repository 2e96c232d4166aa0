using GraphQL.Types;
using Microsoft.Extensions.Options;
using Voisinage.WebApi.Demo;
using Voisinage.WebApi.GraphQL.Types;
using Voisinage.WebApi.Web;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    partial void AddAppFields()
    {
        Field<NonNullGraphType<AppConfigType>>("appConfig")
            .Description("Public: the server's settings for client apps (map tiles, demo mode and its accounts).")
            .Resolve(c =>
            {
                var web = c.RequestServices!.GetRequiredService<IOptions<WebAppOptions>>().Value;
                var demo = c.RequestServices!.GetRequiredService<IOptions<DemoOptions>>().Value;
                return new AppConfig(
                    string.IsNullOrWhiteSpace(web.TileUrl) ? null : web.TileUrl,
                    string.IsNullOrWhiteSpace(web.TileUrl) ? null : web.TileAttribution,
                    demo.Enabled,
                    demo.Enabled ? DemoData.Accounts : []);
            });
    }
}
