namespace Voisinage.Grains.Organisations;

/// <summary>
/// An organisation as anyone may see it. No member is named here and no resident's home appears: the only address is a
/// business's own <see cref="PublicAddress"/>. <see cref="Decision"/> is the operator's reason (for a rejection, why).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Organisation(
    [property: Id(0)] string Id,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string Identifier,
    [property: Id(4)] string Description,
    [property: Id(5)] string Hours,
    [property: Id(6)] string? PublicAddress,
    [property: Id(7)] OrganisationStatus Status,
    [property: Id(8)] string? Decision,
    [property: Id(9)] DateTimeOffset CreatedAt)
{
    /// <summary>How many home cells (H3 res 10) its area covers: a town hall's or agency's drawn area, or an association's or business's reach; 0 until set.</summary>
    [Id(10)] public int AreaCellCount { get; init; }

    /// <summary>An association's or business's reach (null until its admin sets it); its cells are counted in <see cref="AreaCellCount"/>.</summary>
    [Id(11)] public OrganisationReach? Reach { get; init; }

    /// <summary>A business's premises, chosen on the map (public, like its address); null for every other kind.</summary>
    [Id(12)] public double? Latitude { get; init; }

    /// <summary>See <see cref="Latitude"/>.</summary>
    [Id(13)] public double? Longitude { get; init; }

    /// <summary>
    /// Its last member's account was deleted: nobody acts for it (it publishes nothing and starts no campaign); its page
    /// stays under its verified name and operators see it in their list, to name a new admin or reject it.
    /// </summary>
    [Id(14)] public bool Orphaned { get; init; }
}

/// <summary>A member of an organisation (shown to its members and to operators).</summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationMember(
    [property: Id(0)] string ResidentId,
    [property: Id(1)] OrganisationRole Role,
    [property: Id(2)] DateTimeOffset Since);

/// <summary>
/// One change of an organisation, in its append-only log: who did it (<see cref="ActorId"/>), to whom
/// (<see cref="ResidentId"/>, for member changes), and the detail (a role, an operator's reason).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationLogEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] OrganisationLogAction Action,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string? ResidentId,
    [property: Id(4)] string Detail);
