using GraphQL;
using GraphQL.Execution;
using Voisinage.Grains;
using Voisinage.WebApi.Edge;
using Voisinage.GraphQLTransport;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Turns a grain's refusal into a GraphQL error carrying its code; anything else stays an internal error.</summary>
public static class DomainErrors
{
    public static void Translate(UnhandledExceptionContext context)
    {
        var e = context.OriginalException;
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }

        if (e is VoisinageException { RetryAfter: { } wait } limited)
        {
            context.Exception = new RateLimitedError(limited.Message, wait);
            var http = GraphQLRequestContext.HttpContextOf(context.Context?.UserContext);
            RateLimitedError.SetRetryAfterHeader(http, wait);
        }
        else if (e is VoisinageException refusal)
        {
            context.Exception = new ExecutionError(refusal.Message) { Code = refusal.Code };
        }
    }
}
