using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Voisinage.WebApi.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// The endpoints OpenIddict passes through to us: authorization (consent), token (fresh claims, closed accounts
/// refused), userinfo and end-session. OpenIddict has already validated each request (client, redirect URI, PKCE,
/// scopes, codes and tokens) before these run; discovery, JWKS and revocation it answers alone.
/// </summary>
public static class PartnerEndpoints
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string UserInfoPath = "/connect/userinfo";
    public const string RevocationPath = "/connect/revoke";
    public const string EndSessionPath = "/connect/endsession";

    /// <summary>The web app's consent page (web/src/pages/PartnerConsentPage.tsx).</summary>
    public const string ConsentPage = "/partenaires/autoriser";

    /// <summary>Form fields our consent page adds to the authorization request it posts back.</summary>
    public const string DecisionField = "voisinage_decision";
    public const string RememberField = "voisinage_remember";
    public const string EmailField = "voisinage_email";

    public static IEndpointRouteBuilder MapPartnerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], Authorize);
        endpoints.MapPost(TokenPath, Token);
        endpoints.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], UserInfo);
        endpoints.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession);
        return endpoints;
    }

    /// <summary>
    /// A partner's request (GET, from the partner's site) goes to the consent page with its parameters: the session cookie
    /// is SameSite=Strict, so it only comes with the consent page's own form post, which carries the resident's decision.
    /// </summary>
    private static async Task<IResult> Authorize(HttpContext context, PartnerClaims claims, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var decision = (string?)request[DecisionField];
        if (decision is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "Voisinage always asks the resident in its own page; prompt=none cannot be answered.");
            }

            return ToConsentPage(request);
        }

        var session = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (session.Principal?.ResidentId() is not { } residentId || !BrowserSession.IsCookieAuthenticated(context))
        {
            // Not signed in in this browser (or the session ended meanwhile): back to the page, which asks to sign in.
            return ToConsentPage(request);
        }

        if (decision != "accept")
        {
            return Refuse(Errors.AccessDenied, "The resident refused to share their information with this service.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
            ?? throw new InvalidOperationException("OpenIddict has validated the client.");
        var applicationId = (await applications.GetIdAsync(application, context.RequestAborted))!;

        // The email goes only with its own box ticked on the consent page.
        var scopes = request.GetScopes().Where(s => s != Scopes.Email || (string?)request[EmailField] == "on").ToList();
        var granted = await claims.For(residentId, request.ClientId!, scopes);
        if (granted is null)
        {
            return Refuse(Errors.AccessDenied, "This account no longer exists.");
        }

        // "Se souvenir de mon choix": a permanent authorization, listed in the profile's connected services until revoked.
        var remember = (string?)request[RememberField] == "on";
        var descriptor = new OpenIddictAuthorizationDescriptor
        {
            ApplicationId = applicationId,
            Subject = residentId,
            Status = Statuses.Valid,
            Type = remember ? AuthorizationTypes.Permanent : AuthorizationTypes.AdHoc,
            CreationDate = clock.GetUtcNow(),
        };
        descriptor.Scopes.UnionWith(scopes);
        var authorization = await authorizations.CreateAsync(descriptor, context.RequestAborted);
        var authorizationId = (await authorizations.GetIdAsync(authorization, context.RequestAborted))!;
        return Results.SignIn(new ClaimsPrincipal(PartnerClaims.Identity(granted, scopes, authorizationId)), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Code and refresh token grants: the claims are read again, and a closed account or revoked consent gets nothing.</summary>
    private static async Task<IResult> Token(HttpContext context, PartnerClaims claims, IOpenIddictAuthorizationManager authorizations)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are served.", OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal ?? throw new InvalidOperationException("OpenIddict has validated the grant.");
        if (await Resident(principal, authorizations, context.RequestAborted) is not { } residentId
            || await claims.For(residentId, request.ClientId!, principal.GetScopes()) is not { } granted)
        {
            return Refuse(Errors.InvalidGrant, "The resident's account or consent no longer exists.");
        }

        return Results.SignIn(new ClaimsPrincipal(PartnerClaims.Identity(granted, principal.GetScopes(), principal.GetAuthorizationId()!)), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The claims of the granted scopes, read now.</summary>
    private static async Task<IResult> UserInfo(HttpContext context, PartnerClaims claims, IOpenIddictAuthorizationManager authorizations)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal ?? throw new InvalidOperationException("OpenIddict has validated the access token.");
        if (await Resident(principal, authorizations, context.RequestAborted) is not { } residentId
            || principal.GetPresenters().FirstOrDefault() is not { } clientId
            || await claims.For(residentId, clientId, principal.GetScopes()) is not { } granted)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The resident's account or consent no longer exists.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Json(PartnerClaims.UserInfo(granted));
    }

    /// <summary>
    /// RP-initiated logout: with a valid <c>id_token_hint</c> (OpenIddict checked it), this browser's Voisinage session ends
    /// too; then back to the partner's registered post-logout URI (or home).
    /// </summary>
    private static async Task<IResult> EndSession(HttpContext context)
    {
        var hint = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (hint.Principal is not null)
        {
            BrowserSession.Close(context);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The consent page, given the partner's request as it came (our own fields left out).</summary>
    private static IResult ToConsentPage(OpenIddictRequest request) =>
        Results.Redirect(ConsentPage + QueryString.Create(request.GetParameters()
            .Where(p => p.Key is not DecisionField and not RememberField and not EmailField)
            .Select(p => new KeyValuePair<string, string?>(p.Key, (string?)p.Value))));

    /// <summary>The resident behind a token: the subject of its authorization (the partner only ever sees a pairwise one).</summary>
    private static async Task<string?> Resident(ClaimsPrincipal principal, IOpenIddictAuthorizationManager authorizations, CancellationToken cancellation) =>
        principal.GetAuthorizationId() is { } id
        && await authorizations.FindByIdAsync(id, cancellation) is { } authorization
        && await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellation)
            ? await authorizations.GetSubjectAsync(authorization, cancellation)
            : null;

    private static IResult Refuse(string error, string description, string scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [scheme]);
}
