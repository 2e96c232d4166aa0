namespace Voisinage.Grains.Neighbourhoods;

[GenerateSerializer]
public sealed record BlockCellState
{
    [Id(0)] public string? Owner { get; init; }

    /// <summary>Bumped on every change of owner, so derived indexes can ignore stale updates.</summary>
    [Id(1)] public long Version { get; init; }

    /// <summary>The operation that made the last change (for idempotent retries and audits).</summary>
    [Id(2)] public string? LastOperationId { get; init; }
}
