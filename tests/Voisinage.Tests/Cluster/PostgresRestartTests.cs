using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Voisinage.Hosting;
using Voisinage.Hosting.Migrations;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Storage;

namespace Voisinage.Tests.Cluster;

/// <summary>PostgreSQL mode as in production: separate silos, the WebApi as an Orleans client.</summary>
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task A_resident_registered_through_the_api_survives_a_restart_of_every_silo_and_the_api()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var settings = new Dictionary<string, string?>
        {
            ["Voisinage:Storage"] = "PostgreSQL",
            ["ConnectionStrings:Postgres"] = db.ConnectionString,
            ["Voisinage:Cluster:ClusterId"] = db.Name,
            ["Voisinage:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };

        string token, id, pseudo, email;
        await using (var silos = await SiloGroup.StartAsync(settings, 2))
        await using (var api = new ApiFactory(settings))
        {
            (token, id, pseudo, email) = await api.Register();
        }

        await using (var silos = await SiloGroup.StartAsync(settings, 2))
        await using (var api = new ApiFactory(settings))
        await using (var secondFrontEnd = new ApiFactory(settings))
        {
            // Two front-ends share the cluster and the signing key: a token from one works on the other.
            var fromSecond = await secondFrontEnd.GraphQL("{ me { pseudo } }", token: token);
            fromSecond.AssertNoErrors();
            Assert.Equal(pseudo, fromSecond.Data["me"]!["pseudo"]!.GetValue<string>());

            var me = await api.GraphQL("{ me { id pseudo email } }", token: token);
            me.AssertNoErrors();
            Assert.Equal(pseudo, me.Data["me"]!["pseudo"]!.GetValue<string>());

            var login = await api.GraphQL(
                "mutation($i: LoginInput!) { login(input: $i) { resident { id email } } }",
                new { i = new { login = email, password = "a long password" } });
            login.AssertNoErrors();
            Assert.Equal(id, login.Data["login"]!["resident"]!["id"]!.GetValue<string>());

            // Uniqueness is durable too: the pseudo is still taken after the restart.
            var again = await api.GraphQL(
                "mutation($i: RegisterInput!) { register(input: $i) { token } }",
                new { i = new { pseudo, email = $"other.{Guid.NewGuid():N}@example.fr", password = "a long password" } });
            again.AssertError("CONFLICT");
        }
    }
}

/// <summary>Silos started in this process with the production wiring (<see cref="SiloHostingExtensions.UseVoisinage"/>).</summary>
public sealed class SiloGroup : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];

    /// <summary>The services of the i-th silo started.</summary>
    public IServiceProvider Services(int index) => _hosts[index].Services;

    public static async Task<SiloGroup> StartAsync(IReadOnlyDictionary<string, string?> settings, int count)
    {
        var group = new SiloGroup();
        for (var i = 0; i < count; i++)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(TestSettings.Values);
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Voisinage:Cluster:SiloPort"] = ApiFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Voisinage:Cluster:GatewayPort"] = ApiFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            var options = VoisinageOptions.From(builder.Configuration);
            builder.UseOrleans(silo => silo.UseVoisinage(options, builder.Configuration));
            var host = builder.Build();
            await host.StartAsync();
            group._hosts.Add(host);
        }

        return group;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}

[Trait(Category.Name, Category.Postgres)]
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_command_creates_the_schema_and_a_second_run_is_a_no_op()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        var args = new[] { $"--ConnectionStrings:Postgres={db.ConnectionString}" };

        Assert.Equal(0, await MigrateCommand.RunAsync(args));
        var schema = await db.DumpSchemaAsync();
        Assert.Equal(0, await MigrateCommand.RunAsync(args));
        Assert.Equal(schema, await db.DumpSchemaAsync());
        Assert.True(await db.CountAsync("SELECT count(*) FROM orleansquery WHERE querykey = 'CleanupDefunctSiloEntriesKey'") == 1);
    }

    [Fact]
    public async Task Migrate_command_fails_cleanly_without_a_connection_string() =>
        Assert.Equal(1, await MigrateCommand.RunAsync(["--ConnectionStrings:Postgres="]));
}
