using Voisinage.Hosting;

namespace Voisinage.Silo;

/// <summary>The silo host. <c>migrate</c> prepares PostgreSQL and exits; anything else runs a silo.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "migrate")
        {
            return await MigrateCommand.RunAsync(args[1..]);
        }

        var builder = WebApplication.CreateBuilder(args);
        var options = VoisinageOptions.From(builder.Configuration);
        using (var loggerFactory = LoggerFactory.Create(b => b.AddConsole()))
        {
            if (StartupChecks.Check(options, builder.Configuration, runsSilo: true, loggerFactory.CreateLogger("Voisinage.Startup")) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 1;
            }

            await SiloHostingExtensions.PrepareStorageAsync(options, loggerFactory.CreateLogger("Voisinage.Silo"));
        }

        builder.UseOrleans(silo => silo.UseVoisinage(options, builder.Configuration));
        builder.Services.AddVoisinageHealthChecks(options);
        builder.AddVoisinageObservability("voisinage-silo");

        var app = builder.Build();
        app.MapVoisinageHealthChecks();
        app.MapVoisinageObservability();
        return await StartupChecks.RunAsync(app, options, runsSilo: true);
    }
}
