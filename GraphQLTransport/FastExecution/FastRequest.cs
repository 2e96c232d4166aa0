using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>One request on the fast path: its coerced variables, arguments and directives, and its errors.</summary>
internal sealed class FastRequest(ExecutionPlan plan, ExecutionOptions options, Variables variables,
    IDictionary<string, ArgumentValue>?[] arguments, IDictionary<string, DirectiveInfo>?[] directives) : IDisposable
{
    private ExecutionContext? _executionContext;

    public ExecutionPlan Plan { get; } = plan;

    /// <summary>The request's options, completed from the schema's configured ones (unhandled exception delegate...).</summary>
    public ExecutionOptions Options { get; } = options;

    public Variables Variables { get; } = variables;

    public CancellationToken CancellationToken => Options.CancellationToken;

    public ExecutionErrors Errors { get; } = [];

    public IDictionary<string, ArgumentValue>? ArgumentsOf(PlannedField field) =>
        field.ArgumentSlot >= 0 ? arguments[field.ArgumentSlot] : field.DefaultArguments;

    public IDictionary<string, DirectiveInfo>? DirectivesOf(PlannedField field) =>
        field.DirectiveSlot >= 0 ? directives[field.DirectiveSlot] : null;

    /// <summary>Whether a resolver asked for the execution context (then its output extensions go into the result).</summary>
    public bool HasExecutionContext => _executionContext is not null;

    /// <summary>GraphQL.NET's execution context of this request, built only when a resolver or an error handler needs it.</summary>
    public ExecutionContext ExecutionContext
    {
        get
        {
            if (_executionContext is null)
            {
                // Asynchronous resolvers of one level may ask at once: one context wins, the others are dropped.
                Interlocked.CompareExchange(ref _executionContext, NewExecutionContext(), null);
            }

            return _executionContext;
        }
    }

    private ExecutionContext NewExecutionContext() => new()
    {
        Document = Plan.Document,
        Schema = Plan.Schema,
        UserContext = Options.UserContext,
        ExecutionOptions = Options,
        Operation = Plan.Operation,
        Variables = Variables,
        Errors = Errors,
        InputExtensions = Options.Extensions ?? Inputs.Empty,
        OutputExtensions = [],
        CancellationToken = Options.CancellationToken,
        Metrics = Metrics.None,
        Listeners = [],
        ThrowOnUnhandledException = Options.ThrowOnUnhandledException,
        UnhandledExceptionDelegate = Options.UnhandledExceptionDelegate,
        RequestServices = Options.RequestServices,
        User = Options.User,
        ExecutionStrategy = ParallelExecutionStrategy.Instance,
    };

    public void Dispose() => _executionContext?.Dispose();
}
