namespace Voisinage.GraphQLTransport;

/// <summary>
/// Limits every GraphQL document must meet before GraphQL.NET parses (size, tokens) or validates it (the rest), bound
/// to the <c>Limits</c> subsection of the transport's section. Each refusal carries its own <c>extensions.code</c> (see
/// <see cref="GraphQLErrorCodes"/>); docs/security.md says why each default is what it is.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>Subsection name under the section given to <see cref="GraphQLRequestServices.AddGraphQLTransport"/>.</summary>
    public const string Section = "Limits";

    /// <summary>Largest document, in UTF-8 bytes (QUERY_TOO_LARGE).</summary>
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens in a document, counted before any tree is built (QUERY_TOO_LARGE).</summary>
    public int MaxTokens { get; set; } = 3_000;

    /// <summary>Deepest field nesting of any operation, fragments expanded (QUERY_TOO_DEEP).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Most fields of the document once every fragment spread is expanded (QUERY_TOO_COMPLEX).</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>
    /// Most fields sharing one response name in one merged selection set (QUERY_TOO_COMPLEX). This is what GraphQL.NET's
    /// OverlappingFieldsCanBeMerged compares pairwise; bounding it keeps that rule's work linear in the document.
    /// </summary>
    public int MaxFieldsPerResponseName { get; set; } = 10;

    /// <summary>Most aliases, fragments expanded (TOO_MANY_ALIASES).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most directive uses, fragments expanded (TOO_MANY_DIRECTIVES).</summary>
    public int MaxDirectives { get; set; } = 20;

    /// <summary>Most variable definitions in the document, used or not (TOO_MANY_VARIABLES).</summary>
    public int MaxVariables { get; set; } = 30;

    /// <summary>Most fields directly under any one operation, fragments expanded (TOO_MANY_ROOT_FIELDS).</summary>
    public int MaxRootFields { get; set; } = 10;

    /// <summary>Highest cost of the executed operation: one per field, children multiplied by list sizes (QUERY_TOO_COMPLEX).</summary>
    public long MaxCost { get; set; } = 20_000;

    /// <summary>Arguments whose (integer) value is the size of the list the field returns: they multiply the children's cost.</summary>
    public string[] ListSizeArguments { get; set; } = ["first", "last", "limit"];

    /// <summary>
    /// Arguments that are a search radius in metres: the children's cost is multiplied by radius / <see cref="RadiusMetersPerItem"/>
    /// (at least 1), and the field itself costs as much, since it scans every block in the circle.
    /// </summary>
    public string[] RadiusArguments { get; set; } = ["radiusMeters"];

    /// <summary>Metres of radius counted as one more item of a radius search (default 100: a 3 km search multiplies by 30).</summary>
    public double RadiusMetersPerItem { get; set; } = 100;

    /// <summary>
    /// Most password-checking fields in one request (TOO_MANY_CREDENTIAL_CHECKS): <c>login</c> and every field taking a
    /// password (an argument named <c>password</c>, or an input object with such a field), each an Argon2id hash.
    /// </summary>
    public int MaxCredentialChecks { get; set; } = 1;

    /// <summary>Time budget of one query or mutation, from parsing to the last resolver (TIMEOUT); 0 or less: none. Subscriptions have none: their stream lives as long as the socket.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
