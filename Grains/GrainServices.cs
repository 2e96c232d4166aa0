using Voisinage.Grains.RateLimits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Security;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains;

/// <summary>The services and settings the grains need, registered by every silo host.</summary>
public static class GrainServices
{
    public static IServiceCollection AddVoisinageGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // Stored JSON replaces default values instead of filling them in: with Newtonsoft's default (Auto) a state read
        // back from storage wrote into the shared static default objects of a state record (e.g. Verification.None),
        // so that every later new resident of the silo looked verified.
        services.Configure<Orleans.Serialization.OrleansJsonSerializerOptions>(o =>
            o.JsonSerializerSettings.ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace);

        // Lists made by collection expressions are stored as lists (Storage/CollectionExpressionBinder.cs). After Orleans'
        // own post-configuration, which sets its binder (the type allow-list) that this one wraps.
        services.PostConfigure<Orleans.Serialization.OrleansJsonSerializerOptions>(o =>
        {
            if (o.JsonSerializerSettings.SerializationBinder is { } binder and not Storage.CollectionExpressionBinder)
            {
                o.JsonSerializerSettings.SerializationBinder = new Storage.CollectionExpressionBinder(binder);
            }
        });
        services.AddOptions<PasswordHashingOptions>().Bind(configuration.GetSection(PasswordHashingOptions.Section));
        services.AddOptions<LoginThrottleOptions>().Bind(configuration.GetSection(LoginThrottleOptions.Section));
        services.AddOptions<VerificationOptions>().Bind(configuration.GetSection(VerificationOptions.Section));
        services.AddOptions<NeighbourhoodOptions>().Bind(configuration.GetSection(NeighbourhoodOptions.Section));
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section));
        services.AddOptions<Feed.FeedOptions>().Bind(configuration.GetSection(Feed.FeedOptions.Section));
        services.AddOptions<Organisations.OrganisationOptions>().Bind(configuration.GetSection(Organisations.OrganisationOptions.Section));
        services.AddOptions<Sponsored.SponsoredOptions>().Bind(configuration.GetSection(Sponsored.SponsoredOptions.Section));
        services.AddOptions<Moderation.ModerationOptions>().Bind(configuration.GetSection(Moderation.ModerationOptions.Section));
        services.AddOptions<Operations.FaultInjectionOptions>().Bind(configuration.GetSection(Operations.FaultInjectionOptions.Section));
        services.AddOptions<ResidentQuotaOptions>().Bind(configuration.GetSection(ResidentQuotaOptions.Section));
        services.TryAddSingleton<PasswordHasher>();

        // What follows a neighbourhood through merges and splits (a new part is one line here).
        services.AddNeighbourhoodPart<IFeedGrain>();
        services.AddNeighbourhoodPart<INeighbourhoodAlertsGrain>();
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section));
        services.TryAddSingleton<WebPushSender>();
        AddEmail(services, configuration);
        Passkeys.PasskeyServices.AddPasskeys(services, configuration);
        return services;
    }

    /// <summary>
    /// Email: the options (the web app's public URL for links), and the transport: SMTP when a host is configured, else
    /// <c>.eml</c> files in the mail folder (the host sets it to <c>&lt;DataDirectory&gt;/mail</c>; a temporary folder otherwise).
    /// </summary>
    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Email.EmailOptions>()
            .Bind(configuration.GetSection(Email.EmailOptions.Section))
            .Configure(o => o.PublicUrl = configuration["Voisinage:PublicUrl"] is { Length: > 0 } url ? url : o.PublicUrl)
            .PostConfigure(o => o.Directory ??= Path.Combine(Path.GetTempPath(), "voisinage-mail"));
        services.TryAddSingleton<Email.IMailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Email.EmailOptions>>().Value.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<Email.FolderMailTransport>(sp)
                : ActivatorUtilities.CreateInstance<Email.SmtpMailTransport>(sp));
    }
}
