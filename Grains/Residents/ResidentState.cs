namespace Voisinage.Grains.Residents;

[GenerateSerializer]
public sealed record ResidentState
{
    [Id(0)] public string? Pseudo { get; init; }
    [Id(1)] public string? Email { get; init; }
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public Verification Verification { get; init; } = Verification.None;

    /// <summary>The res-10 cell of the home; the coordinates it came from are never stored.</summary>
    [Id(4)] public string? HomeCell { get; init; }
    /// <summary>No longer written: membership is derived from the neighbourhoods (see ResidentGrain.CurrentNeighbourhood). Kept so stored states still read.</summary>
    [Id(5)] public string? NeighbourhoodId { get; init; }
    [Id(6)] public int ThanksReceived { get; init; }

    /// <summary>Bumped to revoke every token issued before.</summary>
    [Id(7)] public int TokenVersion { get; init; }
    [Id(8)] public IReadOnlyList<VouchReceived> Vouches { get; init; } = [];

    /// <summary>When counting fixes were taken; their positions are never stored.</summary>
    [Id(9)] public IReadOnlyList<DateTimeOffset> CountingFixes { get; init; } = [];
    [Id(10)] public PostcardState? Postcard { get; init; }

    /// <summary>Set when the account was deleted: the id stays a tombstone so old tokens fail.</summary>
    [Id(11)] public bool Deleted { get; init; }

    /// <summary>An account closure under way (see <see cref="ClosurePlan"/>); null otherwise.</summary>
    [Id(12)] public ClosurePlan? Closure { get; init; }

    /// <summary>Operator or not, as granted or revoked through the API; null: as <c>Voisinage:Verification:Operators</c> says.</summary>
    [Id(13)] public bool? Operator { get; init; }

    /// <summary>Open sessions (one per sign-in under the current token version), newest first; see ResidentGrain.Sessions.cs.</summary>
    [Id(14)] public IReadOnlyList<SessionState> Sessions { get; init; } = [];

    /// <summary>
    /// Whether membership changes are forwarded to the resident's push grain: false from creation until a device is
    /// registered (IResidentMembershipGrain.FollowedByPush), then true for good; null for residents created before the flag,
    /// who are forwarded as before.
    /// </summary>
    [Id(15)] public bool? PushFollows { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record VouchReceived([property: Id(0)] string VoucherId, [property: Id(1)] DateTimeOffset At);

public enum PostcardStatus
{
    Pending = 0,
    Burned = 1,
    Used = 2,
}

/// <summary>A postcard code, hashed; the clear code and the address live only in the outbox.</summary>
[GenerateSerializer, Immutable]
public sealed record PostcardState(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string CodeHash,
    [property: Id(2)] byte[] Salt,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] DateTimeOffset ExpiresAt,
    [property: Id(5)] int FailedAttempts,
    [property: Id(6)] PostcardStatus Status);
