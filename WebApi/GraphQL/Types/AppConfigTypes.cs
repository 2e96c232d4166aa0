using GraphQL.Types;
using Voisinage.WebApi.Demo;
using Voisinage.WebApi.Notifications;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>What a client app needs to know about this server before anyone signs in.</summary>
public sealed record AppConfig(string? TileUrl, string? TileAttribution, bool Demo, IReadOnlyList<DemoAccount> DemoAccounts);

public sealed class AppConfigType : ObjectGraphType<AppConfig>
{
    public AppConfigType()
    {
        Name = "AppConfig";
        Description = "Server settings a client app needs: the map's tile server and whether this is a demo.";
        Field<StringGraphType>("tileUrl")
            .Description("Map tile URL template ({s}, {z}, {x}, {y}); null: no tile server, draw outlines on a plain background.")
            .Resolve(c => c.Source.TileUrl);
        Field<StringGraphType>("tileAttribution").Description("The tile server's attribution (HTML), to show on the map.").Resolve(c => c.Source.TileAttribution);
        Field<NonNullGraphType<StringGraphType>>("vapidPublicKey")
            .Description("The server's VAPID public key (base64url): the applicationServerKey of pushManager.subscribe, for registerWebPush.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<VapidPublicKey>().Get());
        Field<NonNullGraphType<BooleanGraphType>>("demo").Description("This server runs with demo data.").Resolve(c => c.Source.Demo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DemoAccountType>>>>("demoAccounts")
            .Description("Demo mode: the demo residents anyone may sign in as. Empty otherwise.")
            .Resolve(c => c.Source.DemoAccounts);
    }
}

public sealed class DemoAccountType : ObjectGraphType<DemoAccount>
{
    public DemoAccountType()
    {
        Name = "DemoAccount";
        Field<NonNullGraphType<StringGraphType>>("pseudo").Resolve(c => c.Source.Pseudo);
        Field<NonNullGraphType<StringGraphType>>("password").Resolve(c => c.Source.Password);
        Field<NonNullGraphType<StringGraphType>>("role").Description("Who this resident is in the demo (in French).").Resolve(c => c.Source.Role);
    }
}
