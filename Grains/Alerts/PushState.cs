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

    /// <summary>Alerts whose pushes are not all sent yet, oldest first (the neighbourhood's push outbox).</summary>
    [Id(1)] public List<PushOutboxEntry> Outbox { get; init; } = [];

    /// <summary>The highest alert sequence number put in the outbox (a retried append is not pushed twice).</summary>
    [Id(2)] public long EnqueuedThrough { get; init; }
}

/// <summary>One alert in a neighbourhood's push outbox and the residents whose push grains have not answered for it yet.</summary>
[GenerateSerializer]
public sealed record PushOutboxEntry(
    [property: Id(0)] Alert Alert,
    [property: Id(1)] HashSet<string> Waiting);

[GenerateSerializer]
public sealed record PushQueueState
{
    [Id(0)] public List<string> Pending { get; init; } = [];
}
