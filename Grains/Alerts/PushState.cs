namespace Voisinage.Grains.Alerts;

[GenerateSerializer]
public sealed record ResidentPushState
{
    [Id(0)] public List<PushDevice> Devices { get; init; } = [];

    /// <summary>Device id → pending messages, oldest first.</summary>
    [Id(1)] public Dictionary<string, List<PushMessage>> Outboxes { get; init; } = [];

    /// <summary>The neighbourhood whose roster lists this resident.</summary>
    [Id(2)] public string? Roster { get; init; }

    [Id(3)] public long NextMessage { get; init; }

    /// <summary>Whether the pending-outbox shard lists this resident (it does from the first pending message until a sweep finds the outboxes empty).</summary>
    [Id(4)] public bool Indexed { get; init; }
}

[GenerateSerializer]
public sealed record PushRosterState
{
    [Id(0)] public HashSet<string> Residents { get; init; } = [];
}

[GenerateSerializer]
public sealed record PushQueueState
{
    [Id(0)] public List<string> Pending { get; init; } = [];
}
