using System.Reflection;
using Orleans.Runtime;
using Orleans.Serialization.Invocation;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Cluster;

/// <summary>The front-end's rule for rejected messages: which failures are sent again, and only once.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RejectedCallRetryTests
{
    [Fact]
    public async Task A_rejected_message_is_sent_once_more_and_its_second_answer_is_the_callers()
    {
        var call = new ScriptedCall(Response.FromException(Rejection("Silo stopping")), Response.FromResult(true));

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(2, call.Sends);
        Assert.True((bool)call.Response!.Result!);
    }

    [Fact]
    public async Task A_message_rejected_twice_is_not_sent_a_third_time()
    {
        var second = Rejection("Silo stopping");
        var call = new ScriptedCall(Response.FromException(Rejection("Silo stopping")), Response.FromException(second));

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(2, call.Sends);
        Assert.Same(second, call.Response!.Exception);
    }

    [Fact]
    public async Task A_rejection_thrown_rather_than_answered_is_retried_too()
    {
        var call = new ScriptedCall(Rejection("Forwarding failed"), Response.FromResult(true));

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(2, call.Sends);
        Assert.True((bool)call.Response!.Result!);
    }

    public static TheoryData<Exception> MaybeProcessed() => new()
    {
        // The silo died while the call was pending: the grain may have run it.
        new SiloUnavailableException("The target silo became unavailable for message"),
        new TimeoutException("Response did not arrive on time"),
        new GatewayTooBusyException(),
        new InvalidOperationException("the grain's own failure"),
        new OrleansException("another runtime failure"),
    };

    [Theory]
    [MemberData(nameof(MaybeProcessed))]
    public async Task Failures_that_do_not_prove_the_call_unprocessed_are_not_retried(Exception failure)
    {
        var call = new ScriptedCall(Response.FromException(failure), Response.FromResult(true));

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(1, call.Sends);
        Assert.Same(failure, call.Response!.Exception);
        Assert.False(RejectedCallRetry.NeverProcessed(failure));
    }

    [Fact]
    public async Task Calls_made_by_grains_are_never_retried()
    {
        var call = new ScriptedCall(Response.FromException(Rejection("Silo stopping")), Response.FromResult(true))
        {
            SourceContext = DispatchProxy.Create<IGrainContext, AnyGrain>(),
        };

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(1, call.Sends);
        Assert.IsType<OrleansMessageRejectionException>(call.Response!.Exception);
    }

    [Fact]
    public async Task A_successful_call_is_sent_once()
    {
        var call = new ScriptedCall(Response.FromResult(true), Response.FromResult(false));

        await new RejectedCallRetry().Invoke(call);

        Assert.Equal(1, call.Sends);
        Assert.True((bool)call.Response!.Result!);
    }

    /// <summary>What Orleans raises from a rejection response (its constructor is internal to Orleans).</summary>
    private static OrleansMessageRejectionException Rejection(string info) =>
        (OrleansMessageRejectionException)Activator.CreateInstance(
            typeof(OrleansMessageRejectionException), BindingFlags.Instance | BindingFlags.NonPublic, null, [info], null)!;

    /// <summary>A call whose successive sends answer (or throw) what the script says, in order.</summary>
    private sealed class ScriptedCall(params object[] script) : IOutgoingGrainCallContext
    {
        public int Sends { get; private set; }

        public IGrainContext? SourceContext { get; init; }

        public Response? Response { get; set; }

        public object? Result { get => Response?.Result; set => Response = Response.FromResult(value); }

        public Task Invoke()
        {
            var next = script[Sends++];
            if (next is Exception thrown)
            {
                throw thrown;
            }

            Response = (Response)next;
            return Task.CompletedTask;
        }

        public IInvokable Request => throw new NotSupportedException();

        public object Grain => throw new NotSupportedException();

        public GrainId? SourceId => SourceContext?.GrainId;

        public GrainId TargetId => GrainId.Create("test", "target");

        public GrainInterfaceType InterfaceType => default;

        public string InterfaceName => "ITarget";

        public string MethodName => "Call";

        public MethodInfo InterfaceMethod => throw new NotSupportedException();
    }

    /// <summary>Stands for the calling grain's context: the filter only looks at whether there is one.</summary>
    public class AnyGrain : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new NotSupportedException();
    }
}
