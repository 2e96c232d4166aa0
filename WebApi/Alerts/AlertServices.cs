namespace Voisinage.WebApi.Alerts;

/// <summary>Registers the front-end side of real-time alerts.</summary>
public static class AlertServices
{
    public static IServiceCollection AddVoisinageAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertFeedOptions>().Bind(configuration.GetSection(AlertFeedOptions.Section));
        services.AddSingleton<AlertFeeds>();
        return services;
    }
}
