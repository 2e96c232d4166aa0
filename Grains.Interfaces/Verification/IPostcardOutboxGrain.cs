namespace Voisinage.Grains.Verification;

/// <summary>
/// Postcards waiting for the printer. It is the only place a postal address and a clear code live, and
/// only until an operator acknowledges them. Low traffic (one entry per postcard), so one grain serves.
/// </summary>
public interface IPostcardOutboxGrain : IGrainWithStringKey
{
    /// <summary>The key of the one outbox.</summary>
    const string Key = "outbox";

    /// <summary>Queues a postcard, replacing any earlier one of the same resident.</summary>
    Task Enqueue(PostcardOrder order);

    /// <summary>Drops a resident's pending postcard (verified otherwise, moved, or account deleted).</summary>
    Task Cancel(string residentId);

    /// <summary>The pending postcards, oldest first. Operators only.</summary>
    Task<IReadOnlyList<PostcardOrder>> List(string operatorId, int first);

    /// <summary>Acknowledges printed postcards: their addresses and codes are erased. Operators only. Returns how many were pending.</summary>
    Task<int> MarkSent(string operatorId, IReadOnlyList<string> orderIds);

    /// <summary>Whether a resident has a postcard waiting for the printer.</summary>
    Task<bool> HasPending(string residentId);
}

[GenerateSerializer, Immutable]
public sealed record PostcardOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string ResidentId,
    [property: Id(2)] string PostalAddress,
    [property: Id(3)] string Code,
    [property: Id(4)] DateTimeOffset RequestedAt);
