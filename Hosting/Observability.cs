using System.Globalization;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Voisinage.Hosting;

/// <summary>
/// OpenTelemetry for a silo or a front-end (section <c>Voisinage:Telemetry</c>): metrics of ASP.NET Core, HTTP clients,
/// the .NET runtime, Orleans, Npgsql and our own meter, scraped at <c>/metrics</c> and/or pushed by OTLP; traces of the
/// same (plus grain calls) pushed by OTLP only. With Prometheus off and no OTLP endpoint nothing is registered at all.
/// </summary>
public static class Observability
{
    /// <summary>Our meter: GraphQL operations, alerts delivered, live subscriptions.</summary>
    public const string MeterName = "Voisinage";

    /// <summary>Our activity source: one span per GraphQL operation.</summary>
    public const string GraphQLActivitySourceName = "Voisinage.GraphQL";

    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    private const string OrleansMeter = "Microsoft.Orleans";
    private static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static IHostApplicationBuilder AddVoisinageObservability(this IHostApplicationBuilder builder, string defaultServiceName)
    {
        var telemetry = VoisinageOptions.From(builder.Configuration).Telemetry;
        if (!telemetry.Enabled)
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(telemetry.ServiceName ?? defaultServiceName, serviceInstanceId: Environment.MachineName));

        otel.WithMetrics(metrics =>
        {
            metrics.AddMeter(MeterName, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation();
            if (telemetry.Prometheus)
            {
                // No response cache: a scrape sees what happened before it (scrapers come every 15 s or so anyway).
                metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            }

            if (telemetry.OtlpEnabled)
            {
                metrics.AddOtlpExporter(o => ConfigureOtlp(o, telemetry.Otlp, "v1/metrics"));
            }
        });

        if (telemetry.TracingEnabled)
        {
            otel.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(Math.Clamp(telemetry.Tracing.SamplingRatio, 0, 1))))
                .AddSource(GraphQLActivitySourceName)
                .AddSource(OrleansActivitySources)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsPlumbing(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(o => ConfigureOtlp(o, telemetry.Otlp, "v1/traces")));
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c> when the Prometheus exporter is on (only on <see cref="TelemetryOptions.MetricsPort"/> when set).</summary>
    public static IEndpointRouteBuilder MapVoisinageObservability(this IEndpointRouteBuilder endpoints)
    {
        var telemetry = VoisinageOptions.From(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()).Telemetry;
        if (telemetry.Prometheus)
        {
            var scrape = endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
            if (telemetry.MetricsPort is { } port)
            {
                scrape.RequireHost(string.Create(CultureInfo.InvariantCulture, $"*:{port}"));
            }
        }

        return endpoints;
    }

    // Probes and scrapes every few seconds would drown the traces that matter.
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");

    private static void ConfigureOtlp(OtlpExporterOptions o, OtlpOptions options, string signalPath)
    {
        var http = string.Equals(options.Protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase);
        o.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;

        // Set in code, an HTTP endpoint is used as is: give it the signal's path as the OTEL_ variable would.
        var endpoint = options.Endpoint!.TrimEnd('/');
        o.Endpoint = new Uri(http ? $"{endpoint}/{signalPath}" : endpoint);
    }
}
