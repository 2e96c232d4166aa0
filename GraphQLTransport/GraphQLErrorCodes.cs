namespace Voisinage.GraphQLTransport;

/// <summary>
/// The <c>extensions.code</c> values the transport itself answers with. An application adds its own (its error info
/// provider decides which codes clients may see); these are the ones every client of the transport must expect.
/// </summary>
public static class GraphQLErrorCodes
{
    /// <summary>Bad input, including malformed requests and GraphQL parse/validation/variable errors.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Too many requests.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Anything unexpected; never carries exception details.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The document has more bytes or tokens than <see cref="GraphQLLimitsOptions"/> allows.</summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>The document nests fields deeper than allowed.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>Too many fields (fragments expanded), too many fields under one response name, or too high a cost.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>Too many aliases.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>Too many directive uses.</summary>
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";

    /// <summary>Too many variable definitions (used or not).</summary>
    public const string TooManyVariables = "TOO_MANY_VARIABLES";

    /// <summary>Too many fields directly under one operation.</summary>
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";

    /// <summary>More than one password check (login, or a field taking a password) in one request.</summary>
    public const string TooManyCredentialChecks = "TOO_MANY_CREDENTIAL_CHECKS";

    /// <summary>The request ran past its time budget and was stopped.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Automatic persisted queries: the hash is not known; send the document with it once.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The document sent with a persisted-query hash does not have that SHA-256 (or the version is not 1).</summary>
    public const string PersistedQueryMismatch = "PERSISTED_QUERY_MISMATCH";

    /// <summary>Trusted-documents mode: the document is not one registered at build time.</summary>
    public const string DocumentNotTrusted = "DOCUMENT_NOT_TRUSTED";

    /// <summary>Every code the transport answers with.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        BadUserInput, RateLimited, InternalServerError,
        QueryTooLarge, QueryTooDeep, QueryTooComplex, TooManyAliases, TooManyDirectives, TooManyVariables, TooManyRootFields,
        TooManyCredentialChecks, Timeout, PersistedQueryNotFound, PersistedQueryMismatch, DocumentNotTrusted,
    };
}
