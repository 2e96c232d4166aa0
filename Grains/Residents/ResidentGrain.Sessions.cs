using Voisinage.Grains.Accounts;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Active sessions: one per sign-in, valid under the token version it was opened with. Logging out ends one; logging out
/// everywhere and changing the password bump the version, which ends them all (<see cref="RevokeTokens"/>).
/// </summary>
internal sealed partial class ResidentGrain : IResidentSessionsGrain
{
    /// <summary>
    /// Sessions kept per resident: signing in once more closes the least recently seen one, so the list (and this state)
    /// stays small whatever a client does.
    /// </summary>
    internal const int MaxSessions = 20;

    /// <summary>
    /// "Last seen" is noted in memory on every request and saved at most this long after (and on deactivation), so that
    /// reading a token never writes the state. A crash loses at most this much of the last-seen times, nothing else.
    /// </summary>
    private static readonly TimeSpan SeenSaveDelay = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    private IGrainTimer? _seenTimer;

    public async Task<OpenedSession> OpenSession(int tokenVersion, string? userAgent, TimeSpan lifetime)
    {
        RequireExisting();
        if (tokenVersion != State.TokenVersion)
        {
            throw new VoisinageException(ErrorCodes.Unauthenticated, "This sign-in was revoked meanwhile: sign in again.");
        }

        var now = clock.GetUtcNow();
        var device = DeviceSummary.Of(userAgent);
        var opened = new SessionState(Guid.NewGuid().ToString("N"), now, now, now + lifetime, device.Browser, device.System);
        var kept = OpenSessions(now).OrderByDescending(s => s.LastSeenAt).Take(MaxSessions - 1);
        resident.State = State with { Sessions = [opened, .. kept] };
        await resident.WriteStateAsync();
        return new OpenedSession(opened.Id, opened.ExpiresAt, Profile(await Memberships.Id(Home)));
    }

    public Task<bool> IsTokenValid(int tokenVersion, string? sessionId)
    {
        if (Gone || tokenVersion != State.TokenVersion)
        {
            return Task.FromResult(false);
        }

        if (sessionId is null)
        {
            return Task.FromResult(true);
        }

        // The token's own expiry is checked by the front-end that validates it; here only whether the session was ended.
        if (!State.Sessions.Any(s => s.Id == sessionId))
        {
            return Task.FromResult(false);
        }

        _seen[sessionId] = clock.GetUtcNow();
        _seenTimer ??= this.RegisterGrainTimer(SaveSeen, new GrainTimerCreationOptions(SeenSaveDelay, Timeout.InfiniteTimeSpan) { Interleave = false });
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<ActiveSession>> GetSessions(string? currentSessionId)
    {
        RequireExisting();
        IReadOnlyList<ActiveSession> sessions =
        [
            .. OpenSessions(clock.GetUtcNow())
                .Select(s => s with { LastSeenAt = LastSeen(s) })
                .OrderByDescending(s => s.LastSeenAt)
                .Select(s => new ActiveSession(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.Browser, s.System, s.Id == currentSessionId)),
        ];
        return Task.FromResult(sessions);
    }

    public async Task<IReadOnlyList<ActiveSession>> RevokeSession(string sessionId, string? currentSessionId)
    {
        RequireExisting();
        if (!OpenSessions(clock.GetUtcNow()).Any(s => s.Id == sessionId))
        {
            throw VoisinageException.NotFound("No open session has this id.");
        }

        _seen.Remove(sessionId);
        resident.State = State with { Sessions = [.. State.Sessions.Where(s => s.Id != sessionId)] };
        await resident.WriteStateAsync();
        return await GetSessions(currentSessionId);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_seen.Count > 0 && !Gone)
        {
            await SaveSeen(cancellationToken);
        }
    }

    /// <summary>Sessions whose token has not expired (expired ones are dropped at the next write).</summary>
    private IEnumerable<SessionState> OpenSessions(DateTimeOffset now) => State.Sessions.Where(s => s.ExpiresAt > now);

    private DateTimeOffset LastSeen(SessionState s) =>
        _seen.TryGetValue(s.Id, out var seen) && seen > s.LastSeenAt ? seen : s.LastSeenAt;

    private async Task SaveSeen(CancellationToken cancellationToken)
    {
        _seenTimer?.Dispose();
        _seenTimer = null;
        if (_seen.Count == 0 || Gone)
        {
            return;
        }

        resident.State = State with { Sessions = [.. OpenSessions(clock.GetUtcNow()).Select(s => s with { LastSeenAt = LastSeen(s) })] };
        _seen.Clear();
        await resident.WriteStateAsync(cancellationToken);
    }
}
