using Voisinage.Hosting.Migrations;

namespace Voisinage.Hosting;

/// <summary><c>Voisinage.Silo migrate</c>: creates or upgrades the PostgreSQL schema, idempotently.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggerFactory.CreateLogger("Voisinage.Migrate");
        var options = VoisinageOptions.From(configuration);
        try
        {
            var cs = options.RequirePostgres();
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await SchemaMigrator.WaitForPostgresAsync(cs, TimeSpan.FromSeconds(60), cts.Token);
            var result = await SchemaMigrator.MigratePostgresAsync(cs, logger, cts.Token);
            logger.LogInformation("Schema is up to date: {Applied} migration(s) applied, {Skipped} already there.", result.Applied.Count, result.Skipped.Count);
            return 0;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Migration failed.");
            return 1;
        }
    }
}
