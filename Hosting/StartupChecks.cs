using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Voisinage.Hosting;

/// <summary>
/// What can stop a host at start-up through no fault of the code — a port in use, a data folder that cannot be
/// written — said in one line naming the setting to change, with exit code 1, instead of a stack trace and an abort.
/// In embedded mode nothing outside connects to the co-hosted silo, so a busy silo or gateway port is simply replaced
/// by a free one.
/// </summary>
public static class StartupChecks
{
    public const string UrlsSetting = "Urls (--urls, ASPNETCORE_URLS)";

    /// <summary>
    /// Checks the data folder and the ports before anything starts (and picks free silo ports for an embedded silo).
    /// Returns the line to print and exit with, or null when the host may start.
    /// </summary>
    public static string? Check(VoisinageOptions options, IConfiguration configuration, bool runsSilo, ILogger logger)
    {
        if (options.Storage == StorageMode.Embedded && DataDirectoryProblem(options.DataDirectory) is { } reason)
        {
            return $"Voisinage:DataDirectory '{Path.GetFullPath(options.DataDirectory)}' is not usable ({reason}): set Voisinage:DataDirectory to a folder this process can write.";
        }

        if (runsSilo)
        {
            if (options.Storage == StorageMode.Embedded)
            {
                options.Cluster.SiloPort = FreeIfBusy(options.Cluster.SiloPort, "Voisinage:Cluster:SiloPort", logger);
                options.Cluster.GatewayPort = FreeIfBusy(options.Cluster.GatewayPort, "Voisinage:Cluster:GatewayPort", logger);
            }
            else if (BusySiloPort(options) is { } busy)
            {
                return busy;
            }
        }

        foreach (var url in Urls(configuration))
        {
            if (!IsFree(url.Address, url.Port))
            {
                return $"HTTP port {url.Port} ({url.Text}) is in use: set {UrlsSetting} to a free port.";
            }
        }

        return null;
    }

    /// <summary>Runs the host; a start-up failure explained by <see cref="Explain"/> ends in one line on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(WebApplication app, VoisinageOptions options, bool runsSilo)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Explain(e, options, runsSilo) is { } line)
        {
            await Console.Error.WriteLineAsync(line);
            return 1;
        }
    }

    /// <summary>The one line for a failure to bind a port (a race past <see cref="Check"/>), or null for anything else.</summary>
    public static string? Explain(Exception e, VoisinageOptions options, bool runsSilo)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException io && io.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal))
            {
                return $"{io.Message.TrimEnd('.')}: set {UrlsSetting} to a free port.";
            }

            if (inner is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return (runsSilo ? BusySiloPort(options) : null)
                    ?? $"A port is in use ({inner.Message}): set {UrlsSetting}, Voisinage:Cluster:SiloPort or Voisinage:Cluster:GatewayPort to a free port.";
            }
        }

        return null;
    }

    private static string? BusySiloPort(VoisinageOptions options)
    {
        foreach (var (port, setting) in new[] { (options.Cluster.SiloPort, "Voisinage:Cluster:SiloPort"), (options.Cluster.GatewayPort, "Voisinage:Cluster:GatewayPort") })
        {
            if (port > 0 && !IsFree(IPAddress.Any, port))
            {
                return $"{setting} {port} is in use (another silo on this machine?): set {setting} to a free port.";
            }
        }

        return null;
    }

    private static int FreeIfBusy(int port, string setting, ILogger logger)
    {
        if (port <= 0 || IsFree(IPAddress.Loopback, port))
        {
            return port;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var free = ((IPEndPoint)listener.LocalEndpoint).Port;
        logger.LogWarning("{Setting} {Port} is in use; the embedded silo, which only this process reaches, takes {Free}", setting, port, free);
        return free;
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string? DataDirectoryProblem(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    /// <summary>The HTTP endpoints the host will bind from <c>urls</c> (port 0 and unparsable entries left to Kestrel).</summary>
    private static IEnumerable<(string Text, IPAddress Address, int Port)> Urls(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
        foreach (var text in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts "*" and "+" as hosts, which Uri does not.
            if (!Uri.TryCreate(text.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Port <= 0)
            {
                continue;
            }

            var address = uri.Host == "localhost" ? IPAddress.Loopback
                : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed
                : IPAddress.Any;
            yield return (text, address, uri.Port);
        }
    }
}
