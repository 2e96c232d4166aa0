using Microsoft.AspNetCore.SignalR;
namespace Voisinage.WebApi.Alerts;

/// <summary>Registers the front-end side of real-time alerts.</summary>
public static class AlertServices
{
    public static IServiceCollection AddVoisinageAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertFeedOptions>().Bind(configuration.GetSection(AlertFeedOptions.Section))
            .Validate(o => o.ResyncInterval > TimeSpan.Zero, "Voisinage:AlertFeeds:ResyncInterval must be positive: it renews the watches that carry live alerts.")
            .ValidateOnStart();
        services.AddSingleton<AlertFeeds>();
        services.AddSingleton<AlertHubGroups>();
        services.AddSingleton<Edge.ConnectionCaps>();
        services.AddSingleton<GraphQLTransport.IGraphQLSocketPolicy>(sp => sp.GetRequiredService<Edge.ConnectionCaps>());
        services.AddOptions<Edge.ConnectionOptions>().Bind(configuration.GetSection(Edge.ConnectionOptions.Section));
        services.AddSignalR(o => o.AddFilter<HubRefusalLogging>());

        // HubRefusalLogging logs each hub failure once at its level; these two categories would log every refusal
        // again at Error with its stack trace, and log nothing else above Debug.
        services.AddLogging(b => b
            .AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore.SignalR.HubConnectionHandler", LogLevel.Critical));
        return services;
    }

    /// <summary>
    /// SignalR clients send the bearer token as the <c>access_token</c> query parameter (browsers cannot set headers on
    /// WebSockets); it is read for the hub paths only.
    /// </summary>
    public static Task ReadHubAccessToken(Microsoft.AspNetCore.Authentication.JwtBearer.MessageReceivedContext context)
    {
        if (context.HttpContext.Request.Path.StartsWithSegments(AlertsHub.Path)
            && context.Request.Query.TryGetValue("access_token", out var token)
            && !string.IsNullOrEmpty(token))
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }
}
