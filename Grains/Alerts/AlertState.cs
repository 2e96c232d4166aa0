namespace Voisinage.Grains.Alerts;

[GenerateSerializer]
public sealed record AlertState
{
    /// <summary>The shared record (sequence 0); null before creation.</summary>
    [Id(0)] public Alert? Alert { get; init; }

    /// <summary>The neighbourhoods the alert was aimed at when raised.</summary>
    [Id(1)] public List<string> Targets { get; init; } = [];

    /// <summary>Target id → the neighbourhood that holds the alert now (the target, or where it moved) and its sequence there.</summary>
    [Id(2)] public Dictionary<string, DeliveredCopy> Delivered { get; init; } = [];
}

[GenerateSerializer, Immutable]
public sealed record DeliveredCopy([property: Id(0)] string NeighbourhoodId, [property: Id(1)] long Sequence);
