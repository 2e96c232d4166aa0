using System.Diagnostics.Metrics;

namespace Voisinage.GraphQLTransport;

/// <summary>Registers what the GraphQL transports need before execution: limits, document cache, persisted and trusted documents.</summary>
public static class GraphQLRequestServices
{
    /// <summary>
    /// Binds the <c>Limits</c>, <c>DocumentCache</c> and <c>TrustedDocuments</c> subsections of <paramref name="section"/>
    /// and registers the document pipeline both transports use. <paramref name="meterName"/> names the meter of the
    /// transport's instruments (the document cache's lookups), so that an application exports them with its own.
    /// </summary>
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration section, string meterName = GraphQLTransportTelemetry.DefaultMeterName)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<GraphQLLimitsOptions>().Bind(section.GetSection(GraphQLLimitsOptions.Section));
        services.AddOptions<GraphQLDocumentCacheOptions>().Bind(section.GetSection(GraphQLDocumentCacheOptions.Section));
        services.AddOptions<TrustedDocumentsOptions>()
            .Bind(section.GetSection(TrustedDocumentsOptions.Section))
            .Configure(o => o.ConfigurationPath = section is IConfigurationSection named ? $"{named.Path}:{TrustedDocumentsOptions.Section}" : TrustedDocumentsOptions.Section);
        services.AddMetrics();
        services.AddSingleton(sp => new GraphQLTransportTelemetry(sp.GetRequiredService<IMeterFactory>(), meterName));
        services.AddSingleton<GraphQLDocumentCache>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<GraphQLDocumentPipeline>();
        services.AddSingleton<RequestBudgets>();
        services.AddSingleton<FastExecution.FastExecution>();
        services.AddHostedService<TrustedDocumentsLoader>();
        return services;
    }
}
