using Fido2NetLib;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Passkeys;

/// <summary>The WebAuthn verifier the passkey grains share, configured from <see cref="PasskeyOptions"/>.</summary>
internal static class PasskeyServices
{
    public static void AddPasskeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PasskeyOptions>()
            .Bind(configuration.GetSection(PasskeyOptions.Section))
            .PostConfigure(o => o.DeriveFrom(configuration["Voisinage:PublicUrl"]));
        services.TryAddSingleton<IFido2>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PasskeyOptions>>().Value;
            return new Fido2(new Fido2Configuration
            {
                RPID = options.ServerDomain!,
                RPName = options.ServerName,
                Origins = new HashSet<string>(options.Origins, StringComparer.Ordinal),
                Timeout = (uint)PasskeyLimits.ChallengeLifetime.TotalMilliseconds,
            });
        });
    }
}
