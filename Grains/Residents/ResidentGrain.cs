namespace Voisinage.Grains.Residents;

/// <summary>A resident's profile, keyed by an opaque id that never changes.</summary>
public sealed class ResidentGrain(
    [PersistentState("resident", StorageNames.Voisinage)] IPersistentState<ResidentState> resident,
    TimeProvider clock) : Grain, IResidentGrain
{
    public async Task Create(string pseudo, string email)
    {
        if (resident.State.Pseudo is not null)
        {
            if (resident.State.Pseudo == pseudo && resident.State.Email == email)
            {
                return;
            }

            throw VoisinageException.Conflict("This resident already exists.");
        }

        resident.State = new ResidentState { Pseudo = pseudo, Email = email, CreatedAt = clock.GetUtcNow() };
        await resident.WriteStateAsync();
    }

    public Task<ResidentProfile?> GetProfile()
    {
        var s = resident.State;
        return Task.FromResult(s.Pseudo is null
            ? null
            : new ResidentProfile(this.GetPrimaryKeyString(), s.Pseudo, s.Email!, s.CreatedAt, s.Verification, s.HomeCell, s.NeighbourhoodId, s.ThanksReceived));
    }

    public Task<int?> GetTokenVersion() => Task.FromResult(resident.State.Pseudo is null ? (int?)null : resident.State.TokenVersion);
}
