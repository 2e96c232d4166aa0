using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident's active sessions: one per sign-in (register, login, password change), named by the <c>sid</c> claim of
/// its bearer token. A face of the resident grain (same activation and state as <see cref="IResidentAccountGrain"/>),
/// because a session is only valid under the resident's current token version.
/// </summary>
public interface IResidentSessionsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens a session for a sign-in under <paramref name="tokenVersion"/>, described by the client's user agent (only a
    /// browser and system summary is kept), for <paramref name="lifetime"/>; returns its id, its end (the token's expiry)
    /// and the profile. UNAUTHENTICATED when the account is gone or the version was revoked meanwhile.
    /// </summary>
    Task<OpenedSession> OpenSession(int tokenVersion, string? userAgent, TimeSpan lifetime);

    /// <summary>
    /// Whether a token carrying this version and session id is still accepted (notes the session as seen now): the version
    /// is current and the session was not ended (its expiry is the token's, checked with the token). A token without a
    /// session id (issued before sessions existed) is accepted under the current version only. Interleaves: it runs on
    /// every request.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> IsTokenValid(int tokenVersion, string? sessionId);

    /// <summary>The sessions still open, most recently seen first; <paramref name="currentSessionId"/> is flagged as current.</summary>
    Task<IReadOnlyList<ActiveSession>> GetSessions(string? currentSessionId);

    /// <summary>
    /// Ends one session: its token stops working at once. NOT_FOUND when no open session has this id. Returns the sessions
    /// left, as <see cref="GetSessions"/> does.
    /// </summary>
    Task<IReadOnlyList<ActiveSession>> RevokeSession(string sessionId, string? currentSessionId);
}

/// <summary>A session just opened (its token must expire at <see cref="ExpiresAt"/>), and the resident as they see themselves.</summary>
[GenerateSerializer, Immutable]
public sealed record OpenedSession([property: Id(0)] string SessionId, [property: Id(1)] DateTimeOffset ExpiresAt, [property: Id(2)] ResidentProfile Profile);

/// <summary>An open session as its owner sees it. No address is kept: the device is a browser and system summary only.</summary>
[GenerateSerializer, Immutable]
public sealed record ActiveSession(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset LastSeenAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] string? Browser,
    [property: Id(5)] string? System,
    [property: Id(6)] bool Current);
