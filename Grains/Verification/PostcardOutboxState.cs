namespace Voisinage.Grains.Verification;

[GenerateSerializer]
public sealed record PostcardOutboxState
{
    [Id(0)] public IReadOnlyList<PostcardOrder> Pending { get; init; } = [];
}
