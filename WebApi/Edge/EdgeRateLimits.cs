using System.Threading.RateLimiting;
using GraphQL.DI;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Voisinage.WebApi.Auth;
using Voisinage.GraphQLTransport;

namespace Voisinage.WebApi.Edge;

/// <summary>
/// ASP.NET Core's rate limiter on <c>/graphql</c>, <c>/hubs</c> and <c>/connect</c>: requests per client address and per signed-in
/// account (<see cref="EdgeRateLimitOptions"/>), refused with HTTP 429, <c>Retry-After</c> and a GraphQL error
/// <c>RATE_LIMITED</c>; mutation fields also go through <see cref="WriteRateLimits"/>.
/// </summary>
public static class EdgeRateLimits
{
    public static IServiceCollection AddVoisinageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EdgeRateLimitOptions>().Bind(configuration.GetSection(EdgeRateLimitOptions.Section));
        services.AddVoisinageForwardedHeaders(configuration);
        services.AddSingleton<IConfigureExecution, WriteRateLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<EdgeRateLimitOptions>>((limiter, edge) =>
        {
            var o = edge.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsApi(http)
                    ? Partition("address:" + ClientAddress.Of(http), o.RequestsPerAddress, o.Window)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsApi(http) && http.User.ResidentId() is { } account
                    ? Partition("account:" + account, o.RequestsPerAccount, o.Window)
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
            limiter.OnRejected = (rejected, cancellation) => Reject(rejected.HttpContext, rejected.Lease, o.Window, cancellation);
        });
        return services;
    }

    /// <summary>Client addresses from trusted proxies only; call before anything that reads the address.</summary>
    public static IApplicationBuilder UseVoisinageForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>The limiter itself; after authentication, so that it knows the account.</summary>
    public static IApplicationBuilder UseVoisinageRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    internal static RateLimitPartition<string> Partition(string key, int limit, TimeSpan window) =>
        limit <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/graphql") || http.Request.Path.StartsWithSegments("/hubs")
        || http.Request.Path.StartsWithSegments("/connect"); // the OpenID Connect provider's endpoints (docs/partners.md)

    private static async ValueTask Reject(HttpContext http, RateLimitLease lease, TimeSpan window, CancellationToken cancellation)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var error = new RateLimitedError("Too many requests from this client; slow down.", wait);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        RateLimitedError.SetRetryAfterHeader(http, wait);
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = error.Message, extensions = new { code = GraphQLErrorCodes.RateLimited, retryAfter = error.RetryAfterSeconds } } } },
            cancellation);
    }
}
