namespace Voisinage.Grains.Passkeys;

/// <summary>
/// One sign-in challenge, in memory only: it lives five minutes, anyone may ask for one (the address quota bounds
/// them), and a challenge lost with its activation only means the person tries again.
/// </summary>
internal sealed class PasskeyChallengeGrain(TimeProvider clock) : Grain, IPasskeyChallengeGrain
{
    private string? optionsJson;

    private DateTimeOffset expiresAt;

    private bool spent;

    public Task Open(string options)
    {
        if (optionsJson is not null || spent)
        {
            // Ids are random: a second opening is a bug, never a reason to accept a challenge twice.
            throw VoisinageException.Conflict("This challenge was already issued.");
        }

        optionsJson = options;
        expiresAt = clock.GetUtcNow() + PasskeyLimits.ChallengeLifetime;
        this.DelayDeactivation(PasskeyLimits.ChallengeLifetime);
        return Task.CompletedTask;
    }

    public Task<string> Take()
    {
        var options = optionsJson;
        optionsJson = null;
        spent = true;
        if (options is null || expiresAt <= clock.GetUtcNow())
        {
            throw Invalid();
        }

        DeactivateOnIdle();
        return Task.FromResult(options);
    }

    internal static VoisinageException Invalid() =>
        new(ErrorCodes.InvalidToken, "This sign-in request has expired or was already used; start again.");
}
