namespace Voisinage.Grains;

/// <summary>
/// The error codes of the public API (SPEC §8). Grains raise them with <see cref="VoisinageException"/>;
/// the GraphQL layer copies them into <c>extensions.code</c>.
/// </summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string RateLimited = "RATE_LIMITED";
    public const string NotVerified = "NOT_VERIFIED";

    /// <summary>An emailed link's token that is unknown, already used, replaced by a newer one or expired.</summary>
    public const string InvalidToken = "INVALID_TOKEN";
}
