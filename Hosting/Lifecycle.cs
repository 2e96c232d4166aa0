using Microsoft.Extensions.Options;

namespace Voisinage.Hosting;

/// <summary>
/// Graceful shutdown (SIGTERM) for silos and front-ends: readiness turns not-ready at once, then an optional drain delay
/// lets load balancers notice while requests are still served, then the host stops (Kestrel finishes in-flight requests,
/// Orleans leaves the cluster) within <see cref="ShutdownOptions.Timeout"/>.
/// </summary>
public static class Lifecycle
{
    public static IServiceCollection AddVoisinageLifecycle(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section);
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.AddSingleton<ShutdownState>();
        services.AddHostedService<DrainOnStop>();
        return services;
    }

    /// <summary>Runs first on stop (a lifecycle service's StoppingAsync precedes every StopAsync).</summary>
    private sealed class DrainOnStop(ShutdownState state, IOptions<ShutdownOptions> options, ILogger<DrainOnStop> logger) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StoppingAsync(CancellationToken cancellationToken)
        {
            state.MarkStopping();
            var delay = options.Value.DrainDelay;
            logger.LogInformation("Shutting down: not ready; draining for {Delay}.", delay);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>Whether the host has begun to stop (readiness reads it).</summary>
public sealed class ShutdownState : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public ShutdownState(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(MarkStopping);

    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>Cancelled as soon as shutdown starts (e.g. to close long-lived WebSocket connections).</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Dispose() => _stopping.Dispose();

    internal void MarkStopping()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}

/// <summary>Section <c>Voisinage:Shutdown</c>.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Voisinage:Shutdown";

    /// <summary>How long in-flight requests and the silo's departure from the cluster may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time between "not ready" and closing the listeners, for load balancers to stop routing here (e.g. 5 s on Kubernetes).</summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}
