namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>The <c>extensions.code</c> values of the API contract.</summary>
public static class GraphQLErrorCodes
{
    /// <summary>No (valid) credentials.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Authenticated but not allowed.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Bad input, including malformed requests and GraphQL parse/validation/variable errors.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The addressed entity does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>State conflict.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>Too many requests.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The account is not verified yet.</summary>
    public const string NotVerified = "NOT_VERIFIED";

    /// <summary>Anything unexpected; never carries exception details.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>Every code a client may see.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Unauthenticated, Forbidden, BadUserInput, NotFound, Conflict, RateLimited, NotVerified, InternalServerError,
    };
}
