using GraphQL;
using Voisinage.Grains;
using Voisinage.WebApi.Auth;

namespace Voisinage.WebApi.GraphQL;

/// <summary>What every resolver needs: the grains, and who is calling (from the verified token, never from arguments).</summary>
public static class ResolveContextExtensions
{
    private const string SignedInKey = "voisinage.signedInAs";

    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    public static string? CallerId(this IResolveFieldContext context) => context.User.ResidentId();

    /// <summary>
    /// Whose private fields may be shown: the caller, or the resident who has just proved their password
    /// in this request (<c>register</c>/<c>login</c>). Never used to authorise an operation.
    /// </summary>
    public static string? ViewerId(this IResolveFieldContext context) =>
        context.CallerId() ?? (context.UserContext.TryGetValue(SignedInKey, out var id) ? id as string : null);

    public static void MarkSignedIn(this IResolveFieldContext context, string residentId) =>
        context.UserContext[SignedInKey] = residentId;

    /// <summary>The HTTP request (or WebSocket upgrade) the operation came in, when it came over our transport.</summary>
    public static HttpContext? HttpContext(this IResolveFieldContext context) =>
        GraphQLTransport.GraphQLRequestContext.HttpContextOf(context.UserContext);

    public static string RequireCaller(this IResolveFieldContext context) =>
        context.CallerId() ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "Sign in first: this operation needs a bearer token.");
}
