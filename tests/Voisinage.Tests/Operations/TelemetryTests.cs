using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Operations;

[Collection(OperationsCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class TelemetryTests(OperationsApi api)
{
    [Fact]
    public async Task Metrics_endpoint_serves_orleans_and_graphql_metrics_after_a_request()
    {
        var (token, _, _, _) = await api.Register();
        (await api.GraphQL("query OpsMetricsProbe { me { id } }", token: token)).AssertNoErrors();
        (await api.GraphQL("{ me { id } }")).AssertError("UNAUTHENTICATED");

        using var client = api.CreateClient();
        using var response = await client.GetAsync(Observability.MetricsPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("\norleans_", text, StringComparison.Ordinal);
        var operations = text.Split('\n').Where(l => l.StartsWith("voisinage_graphql_operations_total{", StringComparison.Ordinal)).ToList();
        Assert.Contains(operations, l => l.Contains("graphql_operation_type=\"query\"", StringComparison.Ordinal) && l.Contains("outcome=\"ok\"", StringComparison.Ordinal));
        Assert.Contains(operations, l => l.Contains("outcome=\"UNAUTHENTICATED\"", StringComparison.Ordinal));
        Assert.Contains("voisinage_graphql_operation_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_metrics_port_the_public_port_does_not_serve_metrics()
    {
        await using var front = new ApiFactory(new Dictionary<string, string?> { ["Voisinage:Telemetry:MetricsPort"] = "9464" });
        using var client = front.CreateClient();

        // The API itself is unchanged on the public port.
        (await front.GraphQL("{ __typename }")).AssertNoErrors();

        using var onPublicPort = await client.GetAsync(Observability.MetricsPath);
        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);

        // Naming the port in the Host header is not being on it.
        using var request = new HttpRequestMessage(HttpMethod.Get, Observability.MetricsPath);
        request.Headers.Host = "localhost:9464";
        using var forged = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var onMetricsPort = await front.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = Observability.MetricsPath;
            c.Request.Host = new HostString("localhost", 9464);
            c.Connection.LocalPort = 9464;
        });
        Assert.Equal(StatusCodes.Status200OK, onMetricsPort.Response.StatusCode);
        using var body = new StreamReader(onMetricsPort.Response.Body);
        Assert.Contains("\norleans_", await body.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graphql_request_is_traced_as_a_child_of_the_callers_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var stopped = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new ActivityListener
        {
            // ASP.NET Core's request activity takes the caller's traceparent; ours is its child.
            ShouldListenTo = source => source.Name is Observability.GraphQLActivitySourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == Observability.GraphQLActivitySourceName && activity.TraceId == traceId)
                {
                    stopped.TrySetResult(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "query OpsTraceProbe { __typename }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var activity = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("query", activity.GetTagItem("graphql.operation.type"));
        Assert.Equal("ok", activity.GetTagItem("voisinage.outcome"));
        Assert.StartsWith("query ", activity.DisplayName, StringComparison.Ordinal);
        Assert.NotEqual(ActivityStatusCode.Error, activity.Status);
    }
}
