namespace Voisinage.Grains.Accounts;

/// <summary>A pseudo's owner. Reservations by an account that never finished registering lapse.</summary>
internal sealed class PseudoGrain(
    [PersistentState("pseudo", StorageNames.Voisinage)] IPersistentState<PseudoState> pseudo,
    TimeProvider clock) : Grain, IPseudoGrain
{
    // A registration that reserved the pseudo and then failed (silo crash, storage error) must not hold it forever.
    private static readonly TimeSpan ReservationLapse = TimeSpan.FromMinutes(10);

    public async Task<bool> TryReserve(string accountKey)
    {
        var owner = pseudo.State.AccountKey;
        if (owner == accountKey)
        {
            return true;
        }

        if (owner is not null)
        {
            var fresh = clock.GetUtcNow() - pseudo.State.ReservedAt < ReservationLapse;
            if (fresh || await GrainFactory.GetGrain<IAccountGrain>(owner).IsRegistered())
            {
                return false;
            }
        }

        pseudo.State = new PseudoState { AccountKey = accountKey, ReservedAt = clock.GetUtcNow() };
        await pseudo.WriteStateAsync();
        return true;
    }

    public Task<string?> GetAccountKey() => Task.FromResult(pseudo.State.AccountKey);

    public async Task Release(string accountKey)
    {
        if (pseudo.State.AccountKey == accountKey)
        {
            await pseudo.ClearStateAsync();
        }
    }
}
