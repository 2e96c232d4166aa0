namespace Voisinage.Grains.Residents;

/// <summary>How far a resident stands in their home neighbourhood, from no account at all to lead.</summary>
public enum StandingLevel
{
    /// <summary>No such resident, or the account was closed.</summary>
    NoAccount = 0,

    /// <summary>A resident who belongs to no neighbourhood now.</summary>
    NonMember = 1,

    /// <summary>A member whose verification has lapsed (kept apart so no feature mistakes them for verified).</summary>
    Member = 2,

    /// <summary>A verified member: may publish, raise alerts and read what their neighbourhood holds.</summary>
    VerifiedMember = 3,

    /// <summary>A lead of the neighbourhood: may also moderate and name leads.</summary>
    Lead = 4,
}

/// <summary>
/// Where a resident stands, answered by the resident in one call (<see cref="IResidentMembershipGrain.GetStanding"/>) and used by
/// every feature that asks "is this resident a (verified) member, or a lead, of this neighbourhood?". The neighbourhood is
/// the canonical one (merges and splits followed) and always one that counted the resident among its members just now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Standing(
    [property: Id(0)] StandingLevel Level,
    [property: Id(1)] ResidentProfile? Profile,
    [property: Id(2)] bool IsOperator)
{
    /// <summary>The standing of a resident who does not exist.</summary>
    public static Standing None { get; } = new(StandingLevel.NoAccount, null, false);

    /// <summary>The canonical id of the resident's neighbourhood, or null when they belong to none.</summary>
    public string? NeighbourhoodId => Level >= StandingLevel.Member ? Profile?.NeighbourhoodId : null;

    /// <summary>Whether the resident is verified (member of a neighbourhood or not).</summary>
    public bool IsVerified => Profile?.Verification.IsVerified == true;

    /// <summary>Whether the resident is a member of <paramref name="canonicalId"/>, which must already be resolved.</summary>
    public bool IsMemberOf(string? canonicalId) => canonicalId is not null && NeighbourhoodId == canonicalId;

    /// <summary>Whether the resident is a lead of <paramref name="canonicalId"/>, which must already be resolved.</summary>
    public bool IsLeadOf(string? canonicalId) => Level == StandingLevel.Lead && IsMemberOf(canonicalId);
}
