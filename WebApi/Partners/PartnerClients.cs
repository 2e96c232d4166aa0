using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Voisinage.Grains;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>What an operator asks for when registering a partner.</summary>
public sealed record PartnerRegistration(string Name, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, IReadOnlyList<string> Scopes, bool Confidential);

/// <summary>A registered partner client, as operators see it (never its secret: shown once, at registration).</summary>
public sealed record PartnerClient(string ClientId, string Name, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, IReadOnlyList<string> Scopes, bool Confidential);

/// <summary>
/// Partner clients, registered and removed by operators only, each change written to the operators' moderation log.
/// Every client gets the authorization code flow with PKCE required, explicit consent, and the scopes it was allowed;
/// refresh tokens only if allowed <c>offline_access</c>.
/// </summary>
public sealed class PartnerClients(IOpenIddictApplicationManager applications, IGrainFactory grains, TimeProvider clock)
{
    public const int MaxNameLength = 80;
    public const int MaxRedirectUris = 10;

    /// <summary>Registers a client; returns it and, for a confidential one, its secret (stored hashed, never shown again).</summary>
    public async Task<(PartnerClient Client, string? Secret)> Register(string operatorId, PartnerRegistration registration, CancellationToken cancellation)
    {
        await RequireOperator(operatorId);
        var name = registration.Name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new VoisinageException(ErrorCodes.BadUserInput, $"A partner's name has 1 to {MaxNameLength} characters.");
        }

        if (registration.RedirectUris.Count is 0 or > MaxRedirectUris || registration.PostLogoutRedirectUris.Count > MaxRedirectUris)
        {
            throw new VoisinageException(ErrorCodes.BadUserInput, $"Give 1 to {MaxRedirectUris} redirect URIs (and at most {MaxRedirectUris} after sign-out).");
        }

        var redirects = registration.RedirectUris.Select(RedirectUri).ToList();
        var logoutRedirects = registration.PostLogoutRedirectUris.Select(RedirectUri).ToList();
        var unknown = registration.Scopes.Where(s => !PartnerScopes.All.Contains(s, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new VoisinageException(ErrorCodes.BadUserInput, $"Unknown scopes: {string.Join(", ", unknown)}. Allowed: {string.Join(", ", PartnerScopes.All)}.");
        }

        var scopes = registration.Scopes.Append(Scopes.OpenId).Distinct(StringComparer.Ordinal).ToList();
        var clientId = "p_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        var secret = registration.Confidential ? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)) : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = registration.Confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = name,
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
            },
        };
        descriptor.RedirectUris.UnionWith(redirects);
        descriptor.PostLogoutRedirectUris.UnionWith(logoutRedirects);
        foreach (var scope in scopes.Where(s => s is not Scopes.OpenId and not Scopes.OfflineAccess))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        if (scopes.Contains(Scopes.OfflineAccess))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        await applications.CreateAsync(descriptor, cancellation);
        var client = new PartnerClient(clientId, name, redirects.Select(u => u.ToString()).ToList(), logoutRedirects.Select(u => u.ToString()).ToList(), scopes, registration.Confidential);
        await Log(operatorId, ModerationAction.PartnerRegistered, clientId,
            $"{name} — {string.Join(" ", scopes)} — {string.Join(" ", client.RedirectUris)}");
        return (client, secret);
    }

    public async Task<IReadOnlyList<PartnerClient>> List(string operatorId, CancellationToken cancellation)
    {
        await RequireOperator(operatorId);
        var clients = new List<PartnerClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellation))
        {
            clients.Add(await Describe(application, cancellation));
        }

        return clients.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The partner's name and allowed scopes, for the consent page (anyone: this is what the partner says about itself).</summary>
    public async Task<PartnerClient?> Find(string clientId, CancellationToken cancellation) =>
        await applications.FindByClientIdAsync(clientId, cancellation) is { } application ? await Describe(application, cancellation) : null;

    /// <summary>Removes a client: every authorization and token it held ends with it (OpenIddict's store deletes them).</summary>
    public async Task Remove(string operatorId, string clientId, string reason, CancellationToken cancellation)
    {
        await RequireOperator(operatorId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new VoisinageException(ErrorCodes.BadUserInput, "Say why the partner is removed (the reason goes to the operators' log).");
        }

        var application = await applications.FindByClientIdAsync(clientId, cancellation)
            ?? throw new VoisinageException(ErrorCodes.NotFound, "No partner has this client id.");
        var name = await applications.GetDisplayNameAsync(application, cancellation);
        await applications.DeleteAsync(application, cancellation);
        await Log(operatorId, ModerationAction.PartnerRemoved, clientId, $"{name} — {reason.Trim()}");
    }

    private async Task<PartnerClient> Describe(object application, CancellationToken cancellation)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellation);
        var scopes = permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Prepend(Scopes.OpenId)
            .Concat(permissions.Contains(Permissions.GrantTypes.RefreshToken) ? [Scopes.OfflineAccess] : [])
            .ToList();
        return new PartnerClient(
            (await applications.GetClientIdAsync(application, cancellation))!,
            await applications.GetDisplayNameAsync(application, cancellation) ?? string.Empty,
            [.. await applications.GetRedirectUrisAsync(application, cancellation)],
            [.. await applications.GetPostLogoutRedirectUrisAsync(application, cancellation)],
            scopes,
            await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellation));
    }

    /// <summary>HTTPS, or plain HTTP to the loopback host (a partner developing on its machine); no fragment (OAuth 2.0 §3.1.2).</summary>
    private static Uri RedirectUri(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Fragment.Length > 0
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new VoisinageException(ErrorCodes.BadUserInput, $"\"{value}\" is not a redirect URI: an absolute https URL (http only to localhost), without fragment.");
        }

        return uri;
    }

    private async Task RequireOperator(string residentId)
    {
        if (!(await grains.GetGrain<IResidentMembershipGrain>(residentId).GetStanding()).IsOperator)
        {
            throw new VoisinageException(ErrorCodes.Forbidden, "Only operators manage partner services.");
        }
    }

    private Task Log(string operatorId, ModerationAction action, string clientId, string reason)
    {
        var now = clock.GetUtcNow();
        return grains.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).Append(new ModerationEntry(
            $"partner:{clientId}:{(int)action}", now, action, operatorId, null, clientId, null, null, reason, null));
    }
}
