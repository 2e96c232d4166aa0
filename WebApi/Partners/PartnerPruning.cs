using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// Every <see cref="PartnersOptions.PruneInterval"/>: rotates the keys when due (<see cref="PartnerKeyRing.Refresh"/>), then
/// deletes the provider's dead rows: tokens and authorizations that are expired, redeemed, revoked or
/// orphaned and older than a refresh token can live (OpenIddict's own pruning rules). Every front-end runs it; the
/// deletes are idempotent.
/// </summary>
public sealed class PartnerPruning(IServiceScopeFactory scopes, PartnerKeyRing keys, IOptions<PartnersOptions> options, TimeProvider clock, ILogger<PartnerPruning> logs) : BackgroundService
{
    /// <summary>One pass; returns how many tokens and authorizations were deleted.</summary>
    public async Task<long> PruneOnce(CancellationToken cancellation)
    {
        keys.Refresh(); // the tables exist from here on, even before any partner came; a key due for rotation is replaced
        using var scope = scopes.CreateScope();
        var threshold = clock.GetUtcNow() - options.Value.RefreshTokenLifetime;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellation);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellation);
        return tokens + authorizations;
    }

    /// <summary>
    /// Loads (on a first start: makes) the keys while the host starts: OpenIddict reads its options on every request, and
    /// the first one should not pay for creating tables and an RSA key; a database problem shows at start-up.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = keys.SigningKeys;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PruneInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneOnce(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next pass tries again; nothing depends on one.
                logs.LogWarning(e, "Pruning the OpenID Connect provider's expired tokens failed.");
            }
        }
    }
}
