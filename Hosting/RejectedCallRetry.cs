using Orleans.Runtime;

namespace Voisinage.Hosting;

/// <summary>
/// The front-end's one rule for rejected messages: a grain call made by the front-end (not by a grain) whose message the
/// runtime rejected before any grain method ran is sent once more, which reaches the grain's next activation. Without
/// it, a request arriving while a silo stops gracefully ("Silo stopping") failed with HTTP 500.
/// </summary>
/// <remarks>
/// Strict on purpose, since a retried call must never run twice: only <see cref="OrleansMessageRejectionException"/>
/// itself is retried. Orleans raises it from a rejection response (the target silo refused to dispatch the message:
/// stopping, activation gone or not creatable there, forwarding failed), i.e. the method never ran. Its subclass
/// <see cref="SiloUnavailableException"/> is not retried: it also means "the silo died while the call was pending",
/// after the grain may have processed it. Timeouts, <see cref="GatewayTooBusyException"/> (load shedding: a retry would
/// add load) and the grain's own exceptions are not rejections. Calls made by grains are left alone (a retry would hold
/// the calling grain's turn; grains have their own at-least-once paths).
/// </remarks>
public sealed class RejectedCallRetry : IOutgoingGrainCallFilter
{
    /// <summary>Whether the failure proves the message was never processed (so sending it again cannot run it twice).</summary>
    public static bool NeverProcessed(Exception? failure) =>
        failure is not null && failure.GetType() == typeof(OrleansMessageRejectionException);

    /// <summary>Grains' calls go straight through (no state machine: on a co-hosted silo every grain call passes here).</summary>
    public Task Invoke(IOutgoingGrainCallContext context) => context.SourceContext is null ? InvokeRetrying(context) : context.Invoke();

    private static async Task InvokeRetrying(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
            if (!NeverProcessed(context.Response?.Exception))
            {
                return;
            }
        }
        catch (Exception e) when (NeverProcessed(e))
        {
            // Thrown rather than carried in the response: same rule.
        }

        // Once only: a second rejection is the caller's answer.
        context.Response = null;
        await context.Invoke();
    }
}
