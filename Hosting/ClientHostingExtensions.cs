using Orleans.Dashboard;
using Voisinage.Grains;
using Voisinage.Hosting.Migrations;

namespace Voisinage.Hosting;

/// <summary>How a front-end that does not co-host a silo connects to the cluster.</summary>
public static class ClientHostingExtensions
{
    public static IClientBuilder UseVoisinage(this IClientBuilder client, VoisinageOptions options)
    {
        client.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = options.Cluster.ClusterId;
            o.ServiceId = options.Cluster.ServiceId;
        });

        // How soon the client learns of new gateways and gives up on a call keep Orleans' defaults unless configured.
        client.Services.Configure<Orleans.Configuration.GatewayOptions>(client.Configuration.GetSection(ClusterOptions.GatewaySection));
        client.Services.Configure<Orleans.Configuration.ClientMessagingOptions>(client.Configuration.GetSection(ClusterOptions.MessagingSection));

        if (options.Storage == StorageMode.PostgreSQL)
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                o.ConnectionString = options.RequirePostgres();
            });
        }
        else
        {
            client.UseLocalhostClustering(options.Cluster.GatewayPort, options.Cluster.ServiceId, options.Cluster.ClusterId);
        }

        client.AddMemoryStreams(StorageNames.Streams);
        client.AddOutgoingGrainCallFilter<RejectedCallRetry>();
        if (options.Telemetry.TracingEnabled)
        {
            client.AddActivityPropagation();
        }

        if (options.Dashboard.Enabled)
        {
            client.AddDashboard(o => o.HideTrace = !options.Dashboard.ShowLogs);
        }

        return client;
    }
}
