using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Notifications;

/// <summary>The VAPID key pair (see <see cref="IVapidKeysGrain"/>): configured, or generated once and stored.</summary>
internal sealed class VapidKeysGrain(
    [PersistentState("vapid", StorageNames.Voisinage)] IPersistentState<VapidKeysState> state,
    IOptions<PushOptions> options) : Grain, IVapidKeysGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.VapidPublicKey) && !string.IsNullOrWhiteSpace(configured.VapidPrivateKey))
        {
            state.State = new VapidKeysState { Keys = new VapidKeys(configured.VapidPublicKey.Trim(), configured.VapidPrivateKey.Trim()) };
            return;
        }

        if (state.State.Keys is null)
        {
            // Generated once: every browser subscribed against this public key, so it must survive restarts.
            using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var p = key.ExportParameters(includePrivateParameters: true);
            var publicKey = new byte[65];
            publicKey[0] = 0x04;
            p.Q.X!.CopyTo(publicKey, 1);
            p.Q.Y!.CopyTo(publicKey, 33);
            state.State = new VapidKeysState { Keys = new VapidKeys(Base64Url.Encode(publicKey), Base64Url.Encode(p.D!)) };
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public Task<VapidKeys> GetKeys() => Task.FromResult(state.State.Keys!);

    public Task<string> GetPublicKey() => Task.FromResult(state.State.Keys!.PublicKey);
}

[GenerateSerializer]
public sealed record VapidKeysState
{
    [Id(0)] public VapidKeys? Keys { get; init; }
}
