namespace Voisinage.WebApi.Demo;

/// <summary>Wires demo mode (<c>--Voisinage:Demo=true</c>): its shortened verification and the seeder.</summary>
public static class DemoMode
{
    /// <summary>Demo residents are verified by geolocation on their first day, unless the setting is given.</summary>
    private const string FixDaysKey = "Voisinage:Verification:FixDistinctDaysNeeded";

    public static WebApplicationBuilder AddVoisinageDemo(this WebApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue<bool>(DemoOptions.Key);
        builder.Services.AddOptions<DemoOptions>().Configure(o => o.Enabled = enabled);
        if (!enabled)
        {
            return builder;
        }

        if (builder.Configuration[FixDaysKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(FixDaysKey, "1")]);
        }

        builder.Services.AddSingleton<DemoOperations>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        return builder;
    }
}
