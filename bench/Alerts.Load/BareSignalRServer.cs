using Microsoft.AspNetCore.SignalR;

namespace Voisinage.Bench.Alerts;

/// <summary>The baseline: a bare ASP.NET Core SignalR hub with groups, no Orleans, no storage; POST /raise broadcasts to a group.</summary>
public static class BareSignalRServer
{
    public static async Task<WebApplication> Start(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<BareHub>("/hubs/bare");
        app.MapPost("/raise", async (RaiseRequest request, IHubContext<BareHub> hub) =>
        {
            await hub.Clients.Group(request.Group).SendAsync("AlertRaised", request.Alert);
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }

    public sealed record RaiseRequest(string Group, BenchAlert Alert);

    public sealed class BareHub : Hub
    {
        public override async Task OnConnectedAsync()
        {
            var group = Context.GetHttpContext()!.Request.Query["group"].ToString();
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
            await base.OnConnectedAsync();
        }
    }
}

/// <summary>The same fields (and about the same size) as the API's alert payload.</summary>
public sealed record BenchAlert(
    string Id, string NeighbourhoodId, long Sequence, string Kind, string Title, string Body, int RadiusMeters, DateTimeOffset RaisedAt,
    bool Resolved, DateTimeOffset? ResolvedAt, bool Hidden, string OriginNeighbourhoodId, BenchRaiser Raiser);

public sealed record BenchRaiser(string Id, string Pseudo);
