using Microsoft.AspNetCore.SignalR;

namespace Voisinage.WebApi.Alerts;

/// <summary>
/// Logs what the hub refuses or fails, once and at the right level: an ordinary refusal (a <see cref="HubException"/>
/// carrying a domain code: not a member, bad input, too many connections) at Information without a stack trace;
/// anything else at Error with it. SignalR's own dispatcher would log both at Error with the stack: its two failure
/// categories are raised to Critical (<see cref="AlertServices"/>), which they never use.
/// </summary>
internal sealed class HubRefusalLogging(ILogger<HubRefusalLogging> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e)
        {
            Log(e, context.HubMethodName, context.Context.ConnectionId);
            throw;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            Log(e, nameof(Hub.OnConnectedAsync), context.Context.ConnectionId);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        catch (Exception e)
        {
            Log(e, nameof(Hub.OnDisconnectedAsync), context.Context.ConnectionId);
            throw;
        }
    }

    private void Log(Exception e, string method, string connectionId)
    {
        if (e is HubException)
        {
            logger.LogInformation("Hub {Method} refused on connection {ConnectionId}: {Reason}", method, connectionId, e.Message);
        }
        else
        {
            logger.LogError(e, "Hub {Method} failed on connection {ConnectionId}", method, connectionId);
        }
    }
}
