using GraphQL;
using GraphQL.Types;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>A schema that knows nothing of any product: enough fields to drive every path of the transport.</summary>
public sealed class ToySchema : Schema
{
    public ToySchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(c => $"Bonjour {c.GetArgument<string>("name") ?? "tout le monde"}");
        query.Field<ListGraphType<IntGraphType>>("numbers")
            .Argument<IntGraphType>("first")
            .Resolve(c => Enumerable.Range(1, c.GetArgument("first", 3)));
        query.Field<StringGraphType>("slow")
            .ResolveAsync(async c =>
            {
                // Runs until the request's token ends it: the time budget's test.
                await Task.Delay(Timeout.InfiniteTimeSpan, c.CancellationToken);
                return "never";
            });
        query.Field<StringGraphType>("broken")
            .Resolve(_ => throw new InvalidOperationException("secret detail"));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(c => c.GetArgument<string>("text"));
        Mutation = mutation;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<IntGraphType>("countdown")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .ResolveStream(c => new Values(Enumerable.Range(0, c.GetArgument<int>("from")).Select(i => (object?)(c.GetArgument<int>("from") - i)).ToList()));
        subscription.Field<IntGraphType>("forever")
            .ResolveStream(_ => new Never());
        Subscription = subscription;
    }
}

/// <summary>Emits its values to each subscriber, then completes.</summary>
internal sealed class Values(IReadOnlyList<object?> values) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        foreach (var value in values)
        {
            observer.OnNext(value);
        }

        observer.OnCompleted();
        return new Unsubscriber(null);
    }
}

/// <summary>Emits nothing and never completes; counts its live subscribers, so a test sees the transport let go.</summary>
internal sealed class Never : IObservable<object?>
{
    private static int _live;

    public static int Live => Volatile.Read(ref _live);

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        Interlocked.Increment(ref _live);
        return new Unsubscriber(() => Interlocked.Decrement(ref _live));
    }
}

internal sealed class Unsubscriber(Action? onDispose) : IDisposable
{
    private Action? _onDispose = onDispose;

    public void Dispose() => Interlocked.Exchange(ref _onDispose, null)?.Invoke();
}
