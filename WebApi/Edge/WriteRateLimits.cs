using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Voisinage.WebApi.Auth;
using Voisinage.GraphQLTransport;
using Voisinage.GraphQLTransport.FastExecution;

namespace Voisinage.WebApi.Edge;

/// <summary>
/// Writes at the edge: every mutation field (over HTTP and WebSocket alike) takes a permit per client address and,
/// signed in, per account, before anything executes. A refused request runs nothing. Queries pass untouched, so the
/// fast execution path may skip this step.
/// </summary>
internal sealed class WriteRateLimits : IConfigureExecution, IQueryNeutralExecutionStep, IDisposable
{
    private readonly PartitionedRateLimiter<WriteCaller> _limiter;
    private readonly EdgeRateLimitOptions _options;

    public WriteRateLimits(IOptions<EdgeRateLimitOptions> options)
    {
        _options = options.Value;
        var o = _options;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<WriteCaller, string>(c => EdgeRateLimits.Partition("address:" + c.Address, o.WritesPerAddress, o.Window)),
            PartitionedRateLimiter.Create<WriteCaller, string>(c => c.Account is null
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : EdgeRateLimits.Partition("account:" + c.Account, o.WritesPerAccount, o.Window)));
    }

    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is { } document
            && GraphQLRequestContext.FindOperationType(document, options.OperationName) == OperationType.Mutation
            && GraphQLRequestContext.HttpContextOf(options.UserContext) is { } http)
        {
            var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
                .First(d => options.OperationName is null || d.Name?.StringValue == options.OperationName);
            var writes = Math.Max(1, RootFields(document, operation.SelectionSet, []));
            var refusal = Acquire(new WriteCaller(ClientAddress.Of(http), options.User.ResidentId()), writes);
            if (refusal is not null)
            {
                RateLimitedError.SetRetryAfterHeader(http, TimeSpan.FromSeconds(refusal.RetryAfterSeconds));
                return new ExecutionResult { Errors = [refusal] };
            }
        }

        return await next(options);
    }

    private RateLimitedError? Acquire(WriteCaller caller, int writes)
    {
        var most = Math.Min(Positive(_options.WritesPerAddress), caller.Account is null ? int.MaxValue : Positive(_options.WritesPerAccount));
        if (writes > most)
        {
            return new RateLimitedError($"At most {most} writes per {_options.Window.TotalSeconds:0} s; this request has {writes}.", _options.Window);
        }

        using var lease = _limiter.AttemptAcquire(caller, writes);
        return lease.IsAcquired
            ? null
            : new RateLimitedError(
                "Too many writes from this client; slow down.",
                lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.Window);
    }

    /// <summary>
    /// The mutation fields a request runs: root fields, through fragments spread or inlined at the root (a fragment
    /// of a hundred <c>login</c>s is a hundred writes). Each fragment is counted once per spread, without cycles.
    /// </summary>
    private static int RootFields(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string> expanding)
    {
        var count = 0;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField:
                    count++;
                    break;
                case GraphQLInlineFragment inline:
                    count += RootFields(document, inline.SelectionSet, expanding);
                    break;
                case GraphQLFragmentSpread spread when expanding.Add(spread.FragmentName.Name.StringValue):
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    count += fragment is null ? 1 : RootFields(document, fragment.SelectionSet, expanding);
                    expanding.Remove(spread.FragmentName.Name.StringValue);
                    break;
                default:
                    count++;
                    break;
            }

            if (count > 100_000)
            {
                // Far past any limit: the request is refused anyway; stop counting a crafted fragment tree.
                return count;
            }
        }

        return count;
    }

    private static int Positive(int limit) => limit > 0 ? limit : int.MaxValue;

    public void Dispose() => _limiter.Dispose();

    private readonly record struct WriteCaller(string Address, string? Account);
}
