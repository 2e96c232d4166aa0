using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>A partner a resident has let in: who, what it sees, since when.</summary>
public sealed record ConnectedService(string ClientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset Since);

/// <summary>
/// The partners a resident has let in, and their revocation. An authorization's subject is the resident's own id (kept
/// here, never given to the partner, who sees a pairwise subject); revoking it also revokes every token issued under it,
/// so the partner's refresh token, access token (at userinfo) and any unused code stop working at once.
/// </summary>
public sealed class ConnectedServices(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, IOpenIddictApplicationManager applications, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConnectedService>> List(string residentId, CancellationToken cancellation)
    {
        var byClient = new Dictionary<string, ConnectedService>(StringComparer.Ordinal);
        await foreach (var authorization in authorizations.FindBySubjectAsync(residentId, cancellation))
        {
            if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellation) || !await IsInUse(authorization, cancellation)
                || await authorizations.GetApplicationIdAsync(authorization, cancellation) is not { } applicationId
                || await applications.FindByIdAsync(applicationId, cancellation) is not { } application)
            {
                continue;
            }

            var clientId = (await applications.GetClientIdAsync(application, cancellation))!;
            var scopes = await authorizations.GetScopesAsync(authorization, cancellation);
            var since = await authorizations.GetCreationDateAsync(authorization, cancellation) ?? clock.GetUtcNow();
            byClient[clientId] = byClient.TryGetValue(clientId, out var known)
                ? known with { Scopes = known.Scopes.Union(scopes).Order(StringComparer.Ordinal).ToList(), Since = since < known.Since ? since : known.Since }
                : new ConnectedService(clientId, await applications.GetDisplayNameAsync(application, cancellation) ?? clientId, scopes.Order(StringComparer.Ordinal).ToList(), since);
        }

        return byClient.Values.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The scopes the resident let this partner see with "remember my choice" (valid permanent authorizations).</summary>
    public async Task<IReadOnlyList<string>> Remembered(string residentId, string clientId, CancellationToken cancellation)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellation) is not { } application)
        {
            return [];
        }

        var applicationId = (await applications.GetIdAsync(application, cancellation))!;
        var scopes = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var authorization in authorizations.FindAsync(residentId, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes: null, cancellation))
        {
            scopes.UnionWith(await authorizations.GetScopesAsync(authorization, cancellation));
        }

        return [.. scopes];
    }

    /// <summary>Revokes what the resident granted to one partner (NOT_FOUND-free: revoking nothing is harmless). Returns how many authorizations ended.</summary>
    public async Task<int> Revoke(string residentId, string clientId, CancellationToken cancellation)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellation) is not { } application)
        {
            return 0;
        }

        var applicationId = (await applications.GetIdAsync(application, cancellation))!;
        return await RevokeWhere(residentId, id => id == applicationId, cancellation);
    }

    /// <summary>Revokes everything the resident ever granted (account deletion).</summary>
    public Task<int> RevokeAll(string residentId, CancellationToken cancellation) => RevokeWhere(residentId, _ => true, cancellation);

    private async Task<int> RevokeWhere(string residentId, Func<string?, bool> application, CancellationToken cancellation)
    {
        var revoked = 0;
        var matching = new List<object>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(residentId, cancellation))
        {
            if (application(await authorizations.GetApplicationIdAsync(authorization, cancellation)))
            {
                matching.Add(authorization);
            }
        }

        foreach (var authorization in matching)
        {
            var id = (await authorizations.GetIdAsync(authorization, cancellation))!;
            await tokens.RevokeByAuthorizationIdAsync(id, cancellation);
            if (await authorizations.TryRevokeAsync(authorization, cancellation))
            {
                revoked++;
            }
        }

        return revoked;
    }

    /// <summary>A remembered consent is in use until revoked; a one-time one while a token issued under it is still alive.</summary>
    private async Task<bool> IsInUse(object authorization, CancellationToken cancellation)
    {
        if (await authorizations.HasTypeAsync(authorization, AuthorizationTypes.Permanent, cancellation))
        {
            return true;
        }

        var id = (await authorizations.GetIdAsync(authorization, cancellation))!;
        var now = clock.GetUtcNow();
        await foreach (var token in tokens.FindByAuthorizationIdAsync(id, cancellation))
        {
            if (await tokens.HasStatusAsync(token, Statuses.Valid, cancellation)
                && await tokens.GetExpirationDateAsync(token, cancellation) is { } expires && expires > now)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The consent page's view of a partner: the client, and the scopes the viewer already agreed to remember.</summary>
public sealed record PartnerConsent(PartnerClient Client, IReadOnlyList<string> Remembered);
