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

    /// <summary>An organisation identifier (SIRET, RNA, INSEE commune code) that does not have the right form.</summary>
    public const string InvalidIdentifier = "INVALID_IDENTIFIER";

    /// <summary>An organisation identifier of the right form whose check digit is wrong (SIRET).</summary>
    public const string InvalidCheckDigit = "INVALID_CHECK_DIGIT";

    /// <summary>An organisation's area that covers more cells than the configured cap.</summary>
    public const string AreaTooLarge = "AREA_TOO_LARGE";
    /// <summary>An emailed link's token that is unknown, already used, replaced by a newer one or expired.</summary>
    public const string InvalidToken = "INVALID_TOKEN";
}
