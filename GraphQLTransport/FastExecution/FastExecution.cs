using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// Decides per request whether the fast path runs it, and gives it what GraphQL.NET's configured executer would use.
/// The executer's options (schema, unhandled exception delegate...) are learnt from the first request GraphQL.NET
/// executes (it validates the document anyway): the fast path never serves a document GraphQL.NET has not validated.
/// </summary>
internal sealed class FastExecution(IOptions<GraphQLDocumentCacheOptions> options, IServiceProvider services)
{
    /// <summary>Plans kept per document: one per operation name used, up to this many.</summary>
    private const int MaxPlansPerDocument = 8;

    private readonly bool _enabled = options.Value.FastExecution && options.Value.Size > 0 && IsPlainExecuter(services);
    private Configured? _configured;
    private long _executions;

    /// <summary>Requests the fast path answered since start.</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>Counts a request the fast path answered.</summary>
    public void CountExecution() => Interlocked.Increment(ref _executions);

    /// <summary>Whether the options GraphQL.NET was configured with are known and the fast path can honour them.</summary>
    public bool Ready => _enabled && Volatile.Read(ref _configured) is not null;

    /// <summary>
    /// Keeps the options GraphQL.NET's configuration pipeline filled in for an executed request, when the fast path can
    /// reproduce their effect: no listeners, metrics, timeout, root value or parallelism cap.
    /// </summary>
    public void Learn(ExecutionOptions executed)
    {
        if (!_enabled || Volatile.Read(ref _configured) is not null)
        {
            return;
        }

        if (executed.Listeners.Count == 0 && !executed.EnableMetrics && executed.Timeout == Timeout.InfiniteTimeSpan
            && executed.Root is null && executed.MaxParallelExecutionCount is null && executed.Schema is not null)
        {
            Volatile.Write(ref _configured, new Configured(executed.Schema, executed.UnhandledExceptionDelegate, executed.ThrowOnUnhandledException));
        }
    }

    /// <summary>The plan for a request's operation, or null when it goes to GraphQL.NET.</summary>
    public ExecutionPlan? PlanFor(ISchema schema, CachedDocument document, string? operationName)
    {
        if (!Ready || !document.Validated || !ReferenceEquals(schema, _configured!.Schema))
        {
            return null;
        }

        var key = operationName ?? string.Empty;
        if (!document.Plans.TryGetValue(key, out var plan))
        {
            if (document.Plans.Count >= MaxPlansPerDocument)
            {
                return null;
            }

            plan = document.Plans.GetOrAdd(key, _ => ExecutionPlan.Build(schema, document.Document, operationName));
        }

        return plan.Ineligible is null ? plan : null;
    }

    /// <summary>
    /// A copy of a request's options completed as GraphQL.NET's configured executer would complete them (the request's
    /// own stay untouched: if the fast path declines, they go to GraphQL.NET's typed executer, which wants no schema).
    /// </summary>
    public ExecutionOptions Complete(ExecutionOptions request)
    {
        var configured = _configured!;
        return new ExecutionOptions
        {
            Query = request.Query,
            Document = request.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = request.User,
            RequestServices = request.RequestServices,
            CancellationToken = request.CancellationToken,
            UserContext = request.UserContext,
            Schema = configured.Schema,
            UnhandledExceptionDelegate = configured.UnhandledExceptionDelegate,
            ThrowOnUnhandledException = configured.ThrowOnUnhandledException,
        };
    }

    /// <summary>What GraphQL.NET's configuration set (not the request it came with, which is not kept).</summary>
    private sealed record Configured(ISchema Schema, Func<UnhandledExceptionContext, Task> UnhandledExceptionDelegate, bool ThrowOnUnhandledException);

    /// <summary>
    /// Whether GraphQL.NET runs queries with its parallel strategy and its configuration only sets options (no step
    /// wrapped around execution that the fast path would skip, unless it is marked <see cref="IQueryNeutralExecutionStep"/>).
    /// </summary>
    private static bool IsPlainExecuter(IServiceProvider services)
    {
        var configurations = services.GetServices<IConfigureExecution>();
        if (configurations.Any(c => c is not IQueryNeutralExecutionStep && c.GetType().Name != "ConfigureExecutionOptions"))
        {
            return false;
        }

        return services.GetServices<ExecutionStrategyRegistration>()
            .All(r => r.Operation != GraphQLParser.AST.OperationType.Query || r.Strategy is ParallelExecutionStrategy);
    }
}
