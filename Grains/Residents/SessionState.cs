namespace Voisinage.Grains.Residents;

/// <summary>
/// One sign-in, as the resident's state keeps it: when it began and was last seen, when its token expires, and a summary
/// of the device (browser and system, from the user agent; never the address nor the raw user agent).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SessionState(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset LastSeenAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] string? Browser,
    [property: Id(5)] string? System);
