using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Voisinage.GraphQLTransport;

/// <summary>Parsing and execution shared by the HTTP and the WebSocket transport.</summary>
internal static class GraphQLExecution
{
    /// <summary>
    /// Parses the query with the application's <see cref="IDocumentBuilder"/>. Returns null and the document on success, or
    /// a not-executed result carrying the syntax error.
    /// </summary>
    public static ExecutionResult? TryParse(IServiceProvider services, string query, out GraphQLDocument? document)
    {
        var builder = services.GetService<IDocumentBuilder>() ?? new GraphQLDocumentBuilder();
        try
        {
            document = builder.Build(query);
            return null;
        }
        catch (ExecutionError error)
        {
            document = null;
            return ErrorResult(error);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            document = null;
            return ErrorResult(new SyntaxError(ex));
        }
        catch (GraphQLParserException ex)
        {
            document = null;
            return ErrorResult(new ExecutionError("The document could not be parsed: " + ex.Description) { Code = GraphQLErrorCodes.BadUserInput });
        }
    }

    /// <summary>A result that was not executed, holding one error.</summary>
    public static ExecutionResult ErrorResult(ExecutionError error) => new() { Errors = [error] };

    /// <summary>A not-executed BAD_USER_INPUT result with the given message.</summary>
    public static ExecutionResult ErrorResult(string message) =>
        ErrorResult(new ExecutionError(message) { Code = GraphQLErrorCodes.BadUserInput });

    /// <summary>Whether a result that was not executed failed for an unexpected (server-side) reason.</summary>
    public static bool IsInternalFailure(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors && errors.Any(e => e is UnhandledError || e.Code == GraphQLErrorCodes.InternalServerError);

    /// <summary>Whether a result that was not executed was stopped by the request's time budget.</summary>
    public static bool IsTimeout(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors && errors.Any(e => e.Code == GraphQLErrorCodes.Timeout);

    /// <summary>
    /// Looks the request's document up or parses it, and checks it against the request limits
    /// (<see cref="GraphQLDocumentPipeline"/>): both transports go through here before anything else.
    /// </summary>
    public static PreparedDocument Prepare<TSchema>(IServiceProvider services, GraphQLRequestData request)
        where TSchema : ISchema =>
        services.GetRequiredService<GraphQLDocumentPipeline>().Prepare(services, services.GetRequiredService<TSchema>(), request);

    /// <summary>
    /// Executes a prepared request against <typeparamref name="TSchema"/>, with its span and metrics, within the request's
    /// time budget (<see cref="GraphQLLimitsOptions.RequestTimeout"/>; not a subscription, whose stream lives on
    /// <paramref name="cancellationToken"/>). A document that passed validation once skips its rules, and its queries run on
    /// the fast path (<see cref="FastExecution.FastExecutor"/>) unless <paramref name="fastPath"/> is false (differential tests).
    /// </summary>
    public static async Task<ExecutionResult> ExecuteAsync<TSchema>(
        HttpContext httpContext,
        IServiceProvider services,
        ClaimsPrincipal user,
        GraphQLRequestData request,
        CachedDocument document,
        CancellationToken cancellationToken,
        bool fastPath = true)
        where TSchema : ISchema
    {
        var executer = services.GetRequiredService<IDocumentExecuter<TSchema>>();
        var budgets = services.GetRequiredService<RequestBudgets>();
        var isSubscription = GraphQLRequestContext.FindOperationType(document.Document, request.OperationName) == OperationType.Subscription;
        using var budget = budgets.Start(cancellationToken);
        var observer = services.GetService<IGraphQLOperationObserver>();
        var scope = observer?.OperationStarting(document.Document, request.OperationName);
        ExecutionResult? result = null;
        try
        {
            var options = new ExecutionOptions
            {
                Query = document.Query,
                Document = document.Document,
                ValidationRules = document.Validated ? [] : null,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                User = user,
                RequestServices = services,
                CancellationToken = isSubscription ? cancellationToken : budget.Token,
                UserContext = new Dictionary<string, object?>(StringComparer.Ordinal) { [GraphQLRequestContext.HttpContextKey] = httpContext },
            };

            // A validated query whose every part the fast path covers runs there; anything else, or a request whose
            // variables or arguments do not coerce there, goes to GraphQL.NET, which answers with its own errors.
            var fast = services.GetRequiredService<FastExecution.FastExecution>();
            if (fastPath && !isSubscription && fast.PlanFor(services.GetRequiredService<TSchema>(), document, request.OperationName) is { } plan)
            {
                result = await FastExecution.FastExecutor.TryExecuteAsync(plan, fast.Complete(options));
                if (result is not null)
                {
                    fast.CountExecution();
                }
            }

            if (result is null)
            {
                result = await executer.ExecuteAsync(options);
                if (result.Executed)
                {
                    document.Validated = true;
                    fast.Learn(options);
                }
            }

            return result;
        }
        catch (OperationCanceledException) when (budget.Expired && !cancellationToken.IsCancellationRequested)
        {
            result = ErrorResult(new ExecutionError(
                $"The request took longer than its {budgets.Length.TotalSeconds:0.###} s budget and was stopped.") { Code = GraphQLErrorCodes.Timeout });
            return result;
        }
        finally
        {
            observer?.OperationEnded(scope, result);
        }
    }
}
