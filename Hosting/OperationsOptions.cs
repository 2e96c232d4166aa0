namespace Voisinage.Hosting;

/// <summary>Section <c>Voisinage:Telemetry</c>: OpenTelemetry metrics and traces, exported by configuration.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The standard variable that also turns OTLP on when <see cref="OtlpOptions.Endpoint"/> is not set.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The <c>service.name</c> resource attribute; defaults to the host's (voisinage-silo, voisinage-api).</summary>
    public string? ServiceName { get; set; }

    /// <summary>Serve a Prometheus scrape endpoint at <c>/metrics</c> (metrics only).</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// Serve <c>/metrics</c> on this port only (add it to the host's <c>Urls</c>): the public port then answers 404, so a
    /// front-end's metrics stay private without a proxy rule. Unset: on every port the host listens on.
    /// </summary>
    public int? MetricsPort { get; set; }

    public OtlpOptions Otlp { get; set; } = new();

    public TracingOptions Tracing { get; set; } = new();

    /// <summary>OTLP exports metrics and traces when an endpoint is known.</summary>
    public bool OtlpEnabled => !string.IsNullOrWhiteSpace(Otlp.Endpoint);

    /// <summary>Traces need somewhere to go: they are on with OTLP only, so that the default costs no span at all.</summary>
    public bool TracingEnabled => OtlpEnabled && Tracing.SamplingRatio > 0;

    /// <summary>Nothing to export: no OpenTelemetry provider is registered.</summary>
    public bool Enabled => Prometheus || OtlpEnabled;
}

/// <summary>Section <c>Voisinage:Telemetry:Otlp</c>.</summary>
public sealed class OtlpOptions
{
    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c>; or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string Protocol { get; set; } = "grpc";
}

/// <summary>Section <c>Voisinage:Telemetry:Tracing</c>.</summary>
public sealed class TracingOptions
{
    /// <summary>The share of new traces recorded, 0 to 1; a trace started upstream keeps its caller's decision.</summary>
    public double SamplingRatio { get; set; } = 1.0;
}

/// <summary>Section <c>Voisinage:Dashboard</c>: the Orleans dashboard, served to operators by the front-ends.</summary>
public sealed class OperatorDashboardOptions
{
    /// <summary>
    /// Adds the dashboard's grain service and call profiler to silos, and the pages to front-ends. Must agree
    /// cluster-wide. Off by default: the profiler costs something on every grain call; docker-compose and the
    /// Kubernetes manifests turn it on.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The dashboard's live log stream (<c>/dashboard/Trace</c>); off by default because logs name residents.</summary>
    public bool ShowLogs { get; set; }

    /// <summary>The dashboard's grain state viewer (<c>/dashboard/GrainState</c>); off by default: state holds homes and addresses.</summary>
    public bool ShowGrainState { get; set; }
}
