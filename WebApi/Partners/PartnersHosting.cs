using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Voisinage.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>Wiring of the OpenID Connect provider ("sign in with Voisinage", docs/partners.md).</summary>
public static class PartnersHosting
{
    /// <summary>OpenIddict's server on its EF Core stores (SQLite file when embedded, PostgreSQL otherwise), keys from the database.</summary>
    public static IServiceCollection AddVoisinagePartners(this IServiceCollection services, IConfiguration configuration, VoisinageOptions voisinage)
    {
        var options = configuration.GetSection(PartnersOptions.Section).Get<PartnersOptions>() ?? new PartnersOptions();
        services.Configure<PartnersOptions>(configuration.GetSection(PartnersOptions.Section));
        services.AddDbContext<PartnersDbContext>(db =>
        {
            if (voisinage.Storage == StorageMode.Embedded)
            {
                // Beside the embedded database (a front-end of local silos may start before any silo made the folder).
                var folder = Directory.CreateDirectory(Path.GetFullPath(voisinage.DataDirectory)).FullName;
                db.UseSqlite($"Data Source={Path.Combine(folder, "partners.db")}");
            }
            else
            {
                db.UseNpgsql(voisinage.RequirePostgres());
            }

            db.UseOpenIddict();
        });
        services.AddSingleton<PartnerKeyRing>();
        services.AddSingleton<PairwiseSubject>();
        services.AddScoped<PartnerClaims>();
        services.AddScoped<ConnectedServices>();
        services.AddScoped<PartnerClients>();
        services.AddTransient<IStartupFilter, ConsentResponses.StartupFilter>();
        services.AddSingleton<PartnerPruning>();
        services.AddHostedService(sp => sp.GetRequiredService<PartnerPruning>());

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PartnersDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(PartnerEndpoints.AuthorizePath)
                    .SetTokenEndpointUris(PartnerEndpoints.TokenPath)
                    .SetUserInfoEndpointUris(PartnerEndpoints.UserInfoPath)
                    .SetRevocationEndpointUris(PartnerEndpoints.RevocationPath)
                    .SetEndSessionEndpointUris(PartnerEndpoints.EndSessionPath);
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes([.. PartnerScopes.All]);
                server.RegisterClaims([.. PartnerScopes.All.SelectMany(PartnerScopes.ClaimsOf)]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                if (options.Issuer is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer, UriKind.Absolute));
                }

                var aspNet = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (options.AllowHttp)
                {
                    aspNet.DisableTransportSecurityRequirement();
                }
            });

        // Keys from the database (read at start, again after each rotation), our clock, PKCE with S256 only.
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, KeysFromStorage>();
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>, KeysRotated>();
        return services;
    }

    public static IEndpointRouteBuilder MapVoisinagePartners(this IEndpointRouteBuilder endpoints) => endpoints.MapPartnerEndpoints();

    /// <summary>Tells the options monitor to rebuild OpenIddict's options (so its credentials) when the keys rotate.</summary>
    private sealed class KeysRotated(PartnerKeyRing keys) : IOptionsChangeTokenSource<OpenIddictServerOptions>
    {
        public string Name => Options.DefaultName;

        public Microsoft.Extensions.Primitives.IChangeToken GetChangeToken() => keys.Changes();
    }

    private sealed class KeysFromStorage(PartnerKeyRing keys, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            foreach (var key in keys.SigningKeys)
            {
                options.SigningCredentials.Add(new Microsoft.IdentityModel.Tokens.SigningCredentials(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256));
            }

            foreach (var key in keys.EncryptionKeys)
            {
                options.EncryptionCredentials.Add(new Microsoft.IdentityModel.Tokens.EncryptingCredentials(
                    key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256KW, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256CbcHmacSha512));
            }

            options.TimeProvider = clock;
            options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
        }
    }
}
