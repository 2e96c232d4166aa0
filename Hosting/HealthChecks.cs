using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Voisinage.Grains.Operations;

namespace Voisinage.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (not shutting down, the cluster answers, and the
/// database in PostgreSQL mode). Also wires graceful shutdown (<see cref="Lifecycle"/>), which readiness reports.
/// </summary>
public static class HealthChecks
{
    private const string Ready = "ready";

    public static IServiceCollection AddVoisinageHealthChecks(this IServiceCollection services, VoisinageOptions options)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section);
        services.AddVoisinageLifecycle();
        services.AddSingleton<ClusterConnection>();
        services.AddSingleton<Orleans.IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ClusterConnection>());
        var checks = services.AddHealthChecks()
            .AddCheck<ShutdownHealthCheck>("shutdown", tags: [Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
        if (options.Storage == StorageMode.PostgreSQL)
        {
            checks.AddCheck("postgres", new PostgresHealthCheck(options.RequirePostgres()), tags: [Ready]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapVoisinageHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        return endpoints;
    }

    private sealed class ShutdownHealthCheck(ShutdownState state) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(state.IsStopping ? HealthCheckResult.Unhealthy("Shutting down.") : HealthCheckResult.Healthy());
    }

    /// <summary>
    /// A front-end (an Orleans client) that has lost every gateway is not ready at once; otherwise a ping to a stateless
    /// grain on whichever silo answers, with a short timeout, proves the cluster schedules grains.
    /// </summary>
    private sealed class ClusterHealthCheck(IGrainFactory grains, ClusterConnection connection, IOptionsMonitor<HealthOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!connection.HasGateways)
            {
                return HealthCheckResult.Unhealthy("The Orleans client has no gateway to the cluster.");
            }

            try
            {
                await grains.GetGrain<IHealthGrain>(0).Ping().WaitAsync(options.CurrentValue.ClusterTimeout, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy("The Orleans cluster does not answer.", e);
            }
        }
    }

    private sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", e);
            }
        }
    }
}

/// <summary>Section <c>Voisinage:Health</c>.</summary>
public sealed class HealthOptions
{
    public const string Section = "Voisinage:Health";

    /// <summary>How long readiness waits for the cluster's answer; a load balancer polls often, so keep it short.</summary>
    public TimeSpan ClusterTimeout { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// What the Orleans client tells about its gateways. In a silo (no client) nothing is ever reported and the ping decides.
/// </summary>
public sealed class ClusterConnection : Orleans.IClusterConnectionStatusObserver
{
    private volatile bool _lost;

    /// <summary>False once the client reported that no gateway is left, until one comes back.</summary>
    public bool HasGateways => !_lost;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
        _lost = currentNumberOfGateways == 0;

    public void NotifyClusterConnectionLost() => _lost = true;
}
