using GraphQL;
using Voisinage.GraphQLTransport;

namespace Voisinage.WebApi.Edge;

/// <summary>
/// A <c>RATE_LIMITED</c> GraphQL error with <c>extensions.retryAfter</c> (whole seconds, rounded up). Over HTTP the
/// response also carries the <c>Retry-After</c> header (<see cref="SetRetryAfterHeader"/>).
/// </summary>
public sealed class RateLimitedError : ExecutionError
{
    public RateLimitedError(string message, TimeSpan retryAfter)
        : base(message)
    {
        Code = GraphQLErrorCodes.RateLimited;
        RetryAfterSeconds = Seconds(retryAfter);
    }

    public int RetryAfterSeconds { get; }

    public static int Seconds(TimeSpan retryAfter) => (int)Math.Clamp(Math.Ceiling(retryAfter.TotalSeconds), 1, int.MaxValue);

    /// <summary>Sets <c>Retry-After</c> on an HTTP response not yet started (keeping the longest wait of the request).</summary>
    public static void SetRetryAfterHeader(HttpContext? http, TimeSpan retryAfter)
    {
        if (http is null || http.Response.HasStarted)
        {
            return;
        }

        var seconds = Seconds(retryAfter);
        if (int.TryParse(http.Response.Headers.RetryAfter, out var already) && already >= seconds)
        {
            return;
        }

        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
