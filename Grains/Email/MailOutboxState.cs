namespace Voisinage.Grains.Email;

[GenerateSerializer]
public sealed record MailOutboxState
{
    /// <summary>Mails not yet accepted by the transport, in the order they came.</summary>
    [Id(0)] public IReadOnlyList<PendingMail> Pending { get; init; } = [];

    /// <summary>Ids of the latest mails sent (at most 200): an enqueue repeated after a lost answer sends nothing twice.</summary>
    [Id(1)] public IReadOnlyList<string> RecentlySent { get; init; } = [];
}

/// <summary>A queued mail, its failed tries so far and when it may be tried again.</summary>
[GenerateSerializer, Immutable]
public sealed record PendingMail(
    [property: Id(0)] OutgoingMail Mail,
    [property: Id(1)] int Attempts,
    [property: Id(2)] DateTimeOffset NextAttemptAt);
