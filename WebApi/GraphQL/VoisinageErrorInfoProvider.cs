using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Voisinage.Grains;
using Voisinage.GraphQLTransport;

namespace Voisinage.WebApi.GraphQL;

/// <summary>
/// Formats GraphQL errors for the API contract: every error gets exactly one <c>extensions.code</c> out of
/// <see cref="ContractCodes"/>: the transport's (<see cref="GraphQLErrorCodes.All"/>) and the domain's (<see cref="ErrorCodes"/>).
/// <list type="bullet">
/// <item>Request, parse, validation and variable errors (<see cref="DocumentError"/>, <see cref="ValidationError"/>) → BAD_USER_INPUT.</item>
/// <item>An <see cref="ExecutionError"/> whose <see cref="ExecutionError.Code"/> is one of the contract codes keeps it.</item>
/// <item>Unhandled exceptions (<see cref="UnhandledError"/>), and any other code (such as one GraphQL.NET derives from an
/// exception type name) → INTERNAL_SERVER_ERROR; the message of an unhandled exception is replaced, so no detail leaks.</item>
/// </list>
/// GraphQL.NET's <c>codes</c> extension (inner exception type names) is removed.
/// </summary>
public class VoisinageErrorInfoProvider : ErrorInfoProvider
{
    /// <summary>Every code a client may see: the transport's and the domain's.</summary>
    public static readonly IReadOnlySet<string> ContractCodes = new HashSet<string>(GraphQLErrorCodes.All, StringComparer.Ordinal)
    {
        ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.BadUserInput, ErrorCodes.NotFound, ErrorCodes.Conflict,
        ErrorCodes.RateLimited, ErrorCodes.NotVerified, ErrorCodes.InvalidIdentifier, ErrorCodes.InvalidCheckDigit, ErrorCodes.AreaTooLarge, ErrorCodes.InvalidToken,
    };

    /// <summary>Message sent instead of the details of an unexpected exception.</summary>
    public const string InternalErrorMessage = "An unexpected error occurred.";

    /// <summary>Creates the provider with GraphQL.NET's default options (no exception details exposed).</summary>
    public VoisinageErrorInfoProvider()
        : this(new ErrorInfoProviderOptions())
    {
    }

    /// <summary>Creates the provider with the given options.</summary>
    public VoisinageErrorInfoProvider(ErrorInfoProviderOptions options)
        : base(Harden(options))
    {
    }

    /// <summary>The contract code of an error.</summary>
    public static string GetContractCode(ExecutionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is UnhandledError)
        {
            return GraphQLErrorCodes.InternalServerError;
        }

        if (error is DocumentError or ValidationError)
        {
            return GraphQLErrorCodes.BadUserInput;
        }

        var code = error.Code;
        return code is not null && ContractCodes.Contains(code) ? code : GraphQLErrorCodes.InternalServerError;
    }

    /// <inheritdoc />
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(info.Extensions, StringComparer.Ordinal);
        extensions.Remove("codes");
        extensions.Remove("details");
        extensions["code"] = GetContractCode(executionError);
        if (executionError is Edge.RateLimitedError limited)
        {
            extensions["retryAfter"] = limited.RetryAfterSeconds;
        }

        info.Extensions = extensions;
        if (executionError is UnhandledError)
        {
            info.Message = InternalErrorMessage;
        }

        return info;
    }

    private static ErrorInfoProviderOptions Harden(ErrorInfoProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ExposeExtensions = true;
        options.ExposeCode = true;
        options.ExposeCodes = false;
        options.ExposeExceptionDetails = false;
        return options;
    }
}
