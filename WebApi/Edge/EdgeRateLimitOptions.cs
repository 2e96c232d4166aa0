namespace Voisinage.WebApi.Edge;

/// <summary>
/// The front-end's own rate limits, section <c>Voisinage:RateLimits:Edge</c>: fixed windows counted in this process
/// (each front-end counts its own clients; the per-resident quotas that must hold across front-ends live in the grains).
/// A limit of 0 turns that limit off.
/// </summary>
public sealed class EdgeRateLimitOptions
{
    public const string Section = "Voisinage:RateLimits:Edge";

    /// <summary>The length of every window below.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Requests to <c>/graphql</c> and <c>/hubs</c> per client address, signed in or not (anonymous reads included).
    /// Generous: a household or an office shares one address.
    /// </summary>
    public int RequestsPerAddress { get; set; } = 600;

    /// <summary>Requests per signed-in account, whatever its address.</summary>
    public int RequestsPerAccount { get; set; } = 300;

    /// <summary>Mutation fields (every write, <c>register</c> and <c>login</c> included) per client address.</summary>
    public int WritesPerAddress { get; set; } = 120;

    /// <summary>Mutation fields per signed-in account.</summary>
    public int WritesPerAccount { get; set; } = 60;
}
