namespace Voisinage.Grains.Passkeys;

/// <summary>A resident's passkeys, as stored.</summary>
[GenerateSerializer]
public sealed record ResidentPasskeysState
{
    [Id(0)] public IReadOnlyList<StoredPasskey> Passkeys { get; init; } = [];
}

/// <summary>
/// One passkey: the credential id (base64url, also its public id), the COSE public key, the last signature counter
/// seen (clone detection), and the owner's labels and dates.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StoredPasskey(
    [property: Id(0)] string Id,
    [property: Id(1)] byte[] PublicKey,
    [property: Id(2)] uint SignCount,
    [property: Id(3)] string Name,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? LastUsedAt)
{
    public PasskeySummary Summary() => new(Id, Name, CreatedAt, LastUsedAt);
}
