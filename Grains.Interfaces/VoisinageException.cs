namespace Voisinage.Grains;

/// <summary>
/// A refusal by a domain rule. It crosses grain and silo boundaries intact, so the API can show
/// the user the rule that was broken with its <see cref="Code"/>; nothing was changed when it is thrown.
/// </summary>
[GenerateSerializer]
public sealed class VoisinageException : Exception
{
    public VoisinageException()
    {
        Code = ErrorCodes.BadUserInput;
    }

    public VoisinageException(string message)
        : base(message)
    {
        Code = ErrorCodes.BadUserInput;
    }

    public VoisinageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.BadUserInput;
    }

    public VoisinageException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    [Id(0)]
    public string Code { get; init; }

    /// <summary>For <c>RATE_LIMITED</c>: how long until the same request may succeed.</summary>
    [Id(1)]
    public TimeSpan? RetryAfter { get; init; }

    public static VoisinageException BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static VoisinageException Conflict(string message) => new(ErrorCodes.Conflict, message);

    public static VoisinageException NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static VoisinageException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    /// <summary>A <c>RATE_LIMITED</c> refusal; <paramref name="retryAfter"/> is rounded up to whole seconds by the API.</summary>
    public static VoisinageException RateLimited(string message, TimeSpan retryAfter) =>
        new(ErrorCodes.RateLimited, message) { RetryAfter = retryAfter };
}
