using System.Security.Cryptography;

namespace Voisinage.Grains.Email;

/// <summary>The unsubscribe links' HMAC key (see <see cref="IMailSigningKeyGrain"/>).</summary>
internal sealed class MailSigningKeyGrain(
    [PersistentState("mail-key", StorageNames.Voisinage)] IPersistentState<MailSigningKeyState> state) : Grain, IMailSigningKeyGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Key is null)
        {
            state.State = new MailSigningKeyState { Key = RandomNumberGenerator.GetBytes(32) };
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public Task<byte[]> GetKey() => Task.FromResult(state.State.Key!);
}

[GenerateSerializer]
public sealed record MailSigningKeyState
{
    [Id(0)] public byte[]? Key { get; init; }
}
