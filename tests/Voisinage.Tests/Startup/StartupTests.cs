using System.Net;
using System.Net.Sockets;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Startup;

/// <summary>
/// The real hosts started as processes with a port held by the test or a data folder that cannot be written: one
/// line naming the setting, exit code 1; an embedded silo whose ports are taken starts on free ones.
/// </summary>
[Trait(Category.Name, Category.Api)]
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "voisinage-startup", Guid.NewGuid().ToString("N"));

    public StartupTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task An_embedded_silo_whose_ports_are_taken_starts_on_free_ones()
    {
        using var silo = Hold();
        using var gateway = Hold();
        var http = ApiFactory.FreePort();
        using var api = Start("WebApi", "Voisinage.WebApi", http, $"--Voisinage:Cluster:SiloPort={Port(silo)}", $"--Voisinage:Cluster:GatewayPort={Port(gateway)}");

        await api.WaitForLine(l => l.Contains("Application started", StringComparison.Ordinal), Patience);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}") };
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("Voisinage:Cluster:SiloPort", api.Tail(200), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_http_port_is_one_line_naming_urls_and_exit_code_1()
    {
        using var held = Hold();
        using var api = Start("WebApi", "Voisinage.WebApi", Port(held));
        await AssertOneLineExit(api, "Urls");
    }

    [Fact]
    public async Task An_unusable_data_directory_is_one_line_naming_the_setting_and_exit_code_1()
    {
        // A file where the folder should be: nothing can be created under it.
        var file = Path.Combine(_work, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        using var api = Start("WebApi", "Voisinage.WebApi", ApiFactory.FreePort(), $"--Voisinage:DataDirectory={Path.Combine(file, "data")}");
        await AssertOneLineExit(api, "Voisinage:DataDirectory");
    }

    [Fact]
    public async Task A_silo_with_its_port_taken_is_one_line_naming_the_setting_and_exit_code_1()
    {
        using var held = Hold();
        using var silo = Start(
            "Silo",
            "Voisinage.Silo",
            ApiFactory.FreePort(),
            "--Voisinage:Storage=PostgreSQL",
            "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none",
            $"--Voisinage:Cluster:SiloPort={Port(held)}",
            $"--Voisinage:Cluster:GatewayPort={ApiFactory.FreePort()}");
        await AssertOneLineExit(silo, "Voisinage:Cluster:SiloPort");
    }

    private static async Task AssertOneLineExit(ChildProcess process, string setting)
    {
        Assert.True(await process.WaitForExit(Patience), process.Tail());
        Assert.Equal(1, process.ExitCode);
        var output = process.Tail(200).Split('\n').Where(l => !l.StartsWith("---", StringComparison.Ordinal) && l.Length > 0).ToList();
        var line = Assert.Single(output, l => l.Contains(setting, StringComparison.Ordinal));
        Assert.Contains("set ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    private ChildProcess Start(string project, string assembly, int httpPort, params string[] settings) =>
        ChildProcess.Start(
            assembly,
            Dotnet,
            [FaultCluster.ProductBinary(project, assembly), "--urls", $"http://127.0.0.1:{httpPort}", $"--Voisinage:DataDirectory={Path.Combine(_work, "data")}", .. settings],
            Path.Combine(_work, assembly + ".log"),
            new Dictionary<string, string> { ["Voisinage__Jwt__SigningKey"] = Convert.ToBase64String(new byte[32]) },
            // As deployed: from the binary's folder, with its own appsettings.json (the test output folder holds
            // whichever project's copy landed last, the silo's PostgreSQL settings included).
            workingDirectory: Path.GetDirectoryName(FaultCluster.ProductBinary(project, assembly)));

    private static TcpListener Hold()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
