using System.Diagnostics.Metrics;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// The transport's own instruments, on a meter the application names (<see cref="GraphQLRequestServices.AddGraphQLTransport"/>)
/// and created through <see cref="IMeterFactory"/>: without a listener each call is a flag test.
/// </summary>
public sealed class GraphQLTransportTelemetry
{
    /// <summary>Meter name when the application gives none.</summary>
    public const string DefaultMeterName = "Voisinage.GraphQLTransport";

    private readonly Counter<long> _lookups;

    internal GraphQLTransportTelemetry(IMeterFactory meters, string meterName)
    {
        var meter = meters.Create(meterName);
        _lookups = meter.CreateCounter<long>(
            "voisinage.graphql.document_cache.lookups", "{lookup}", "GraphQL documents looked up in the document cache, by result (hit or miss).");
    }

    /// <summary>Counts one document cache lookup.</summary>
    internal void DocumentLookedUp(bool hit)
    {
        if (_lookups.Enabled)
        {
            _lookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        }
    }
}
