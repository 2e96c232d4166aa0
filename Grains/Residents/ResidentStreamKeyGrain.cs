using System.Security.Cryptography;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Holds the resident's live-stream key. The key is 128 random bits (base64url): a stream id built from it cannot be
/// guessed or traced back to the resident, and erasing this record is enough for the runtime's pub-sub rows to name nobody.
/// </summary>
internal sealed class ResidentStreamKeyGrain(
    [PersistentState("stream-key", StorageNames.Voisinage)] IPersistentState<ResidentStreamKeyState> state) : Grain, IResidentStreamKeyGrain
{
    /// <summary>Set by <see cref="Forget"/>, which interleaves: a key being made meanwhile is not saved.</summary>
    private bool forgotten;

    /// <summary>The save of a new key under way, which <see cref="Forget"/> lets finish before it erases.</summary>
    private Task? saving;

    public async Task<string?> Key()
    {
        if (state.State.Key is { } key)
        {
            return key;
        }

        // Made only for a live account: a publisher or a subscriber racing the closure (which commits before it erases
        // this key) cannot bring back a record under the resident's id.
        if (await GrainFactory.GetGrain<IResidentAccountGrain>(this.GetPrimaryKeyString()).GetTokenVersion() is null || forgotten)
        {
            return null;
        }

        var made = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        state.State = new ResidentStreamKeyState { Key = made };
        saving = state.WriteStateAsync();
        await saving;
        return forgotten ? null : made;
    }

    public Task<string?> Known() => Task.FromResult(forgotten ? null : state.State.Key);

    public async Task Forget()
    {
        forgotten = true;
        if (saving is { } pending)
        {
            // Its outcome does not matter: whatever it saved is erased next.
            await pending.ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        }

        await state.ClearStateAsync();
        state.State = new ResidentStreamKeyState();
    }
}

[GenerateSerializer]
public sealed record ResidentStreamKeyState
{
    [Id(0)] public string? Key { get; init; }
}
