namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>Registers what the GraphQL transports need before execution: limits, document cache, persisted and trusted documents.</summary>
public static class GraphQLRequestServices
{
    /// <summary>
    /// Binds <c>Voisinage:GraphQL:Limits</c>, <c>Voisinage:GraphQL:DocumentCache</c> and
    /// <c>Voisinage:GraphQL:TrustedDocuments</c>, and registers the document pipeline both transports use.
    /// </summary>
    public static IServiceCollection AddVoisinageGraphQLRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.Section));
        services.AddOptions<GraphQLDocumentCacheOptions>().Bind(configuration.GetSection(GraphQLDocumentCacheOptions.Section));
        services.AddOptions<TrustedDocumentsOptions>().Bind(configuration.GetSection(TrustedDocumentsOptions.Section));
        services.AddSingleton<GraphQLDocumentCache>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<GraphQLDocumentPipeline>();
        services.AddSingleton<RequestBudgets>();
        services.AddHostedService<TrustedDocumentsLoader>();
        return services;
    }
}
