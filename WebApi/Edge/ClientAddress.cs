using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Voisinage.WebApi.Edge;

/// <summary>
/// Who the client is at the network level. <c>X-Forwarded-For</c> is believed only from the proxies listed in
/// <c>Voisinage:ForwardedHeaders:KnownProxies</c> (addresses) and <c>KnownNetworks</c> (CIDR); by default only
/// loopback. ASPNETCORE_FORWARDEDHEADERS_ENABLED, which believes any sender, is not needed and must not be set.
/// </summary>
public static class ClientAddress
{
    public const string Section = "Voisinage:ForwardedHeaders";

    /// <summary>The partition key of a request's client: its address, IPv6 addresses grouped by /64 (one subscriber).</summary>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            // In-process test server: one client.
            return "local";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    public static IServiceCollection AddVoisinageForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length + networks.Length == 0)
            {
                return;
            }

            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
