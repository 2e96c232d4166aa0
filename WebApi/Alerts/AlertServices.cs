namespace Voisinage.WebApi.Alerts;

/// <summary>Registers the front-end side of real-time alerts.</summary>
public static class AlertServices
{
    public static IServiceCollection AddVoisinageAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertFeedOptions>().Bind(configuration.GetSection(AlertFeedOptions.Section));
        services.AddSingleton<AlertFeeds>();
        services.AddSingleton<AlertHubGroups>();
        services.AddSignalR();
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
