using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voisinage.ClusterFault;

/// <summary>What a client can tell about a mutation: it happened, it was refused (and changed nothing), or nobody knows.</summary>
public enum Outcome
{
    Ok,

    /// <summary>A domain error (BAD_USER_INPUT, CONFLICT, ...): by contract nothing changed.</summary>
    Refused,

    /// <summary>A transport failure, a timeout or an internal error: it may or may not have happened.</summary>
    Unknown,
}

public sealed record CallResult(Outcome Outcome, JsonObject? Data, string? Code, string Detail, bool ConnectionRefused = false)
{
    public JsonNode? this[string field] => Data?[field];
}

/// <summary>GraphQL over HTTP to the front-ends, classifying every answer.</summary>
public sealed class GraphQLHttp : IDisposable
{
    private static readonly HashSet<string> DomainCodes = ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "NOT_VERIFIED", "INVALID_TOKEN"];
    private readonly HttpClient _http;
    private readonly bool _connectionPerRequest;

    /// <param name="connectionPerRequest">A new TCP connection per request, so that "refused" and "accepted" are told apart.</param>
    public GraphQLHttp(TimeSpan timeout, bool connectionPerRequest = false)
    {
        _connectionPerRequest = connectionPerRequest;
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            MaxConnectionsPerServer = 64,

            // A script's client, not a browser: `register` and `login` also set the browser session cookie, which a
            // cookie-keeping client would send with every later request and so act as the last resident registered.
            UseCookies = false,
        })
        {
            Timeout = timeout,
        };
    }

    public async Task<CallResult> Call(Uri frontEnd, string query, object? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(frontEnd, "/graphql"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.ConnectionClose = _connectionPerRequest;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonObject? json;
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                json = null;
            }

            if (json is null)
            {
                return new CallResult(Outcome.Unknown, null, null, $"HTTP {(int)response.StatusCode}: {Shorten(body)}");
            }

            var data = json["data"] as JsonObject;
            if (json["errors"] is JsonArray { Count: > 0 } errors)
            {
                var code = errors[0]?["extensions"]?["code"]?.GetValue<string>();
                var detail = Shorten(errors.ToJsonString());
                return new CallResult(code is not null && DomainCodes.Contains(code) ? Outcome.Refused : Outcome.Unknown, data, code, detail);
            }

            return response.IsSuccessStatusCode && data is not null
                ? new CallResult(Outcome.Ok, data, null, string.Empty)
                : new CallResult(Outcome.Unknown, data, null, $"HTTP {(int)response.StatusCode}: {Shorten(body)}");
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
            return new CallResult(Outcome.Unknown, null, null, $"{e.GetType().Name}: {e.Message}", refused);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallResult(Outcome.Unknown, null, null, "timeout: " + e.Message);
        }
        catch (IOException e)
        {
            return new CallResult(Outcome.Unknown, null, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
