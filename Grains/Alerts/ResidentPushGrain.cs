using System.Security.Cryptography;
using System.Text;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>A resident's devices and their outboxes. Alerts arrive one-way from the neighbourhood's roster.</summary>
public sealed class ResidentPushGrain(
    [PersistentState("push", StorageNames.Voisinage)] IPersistentState<ResidentPushState> state,
    TimeProvider clock) : Grain, IResidentPushGrain
{
    public const int MaxDevices = 10;
    public const int MaxPendingPerDevice = 200;

    private string Id => this.GetPrimaryKeyString();

    public async Task<PushDevice> RegisterDevice(PushPlatform platform, string token)
    {
        if (!Enum.IsDefined(platform))
        {
            throw VoisinageException.BadInput("Unknown push platform.");
        }

        token = token?.Trim() ?? string.Empty;
        if (token.Length is 0 or > 4096)
        {
            throw VoisinageException.BadInput("The device token must have 1 to 4096 characters.");
        }

        var deviceId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{platform}:{token}")))[..32];
        var devices = state.State.Devices.Where(d => d.Id != deviceId).ToList();
        if (devices.Count >= MaxDevices)
        {
            throw VoisinageException.Conflict($"At most {MaxDevices} push devices; re-register an existing one.");
        }

        var device = new PushDevice(deviceId, platform, token, clock.GetUtcNow());
        var neighbourhood = await GrainFactory.GetGrain<IResidentGrain>(Id).GetNeighbourhoodId();
        state.State = state.State with { Devices = [.. devices, device], Roster = neighbourhood };
        await state.WriteStateAsync();

        // Re-registering (apps do it on every start) also re-attaches the resident to their current neighbourhood's roster.
        if (neighbourhood is not null)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(neighbourhood).Add(Id);
        }

        return device;
    }

    public async Task Deliver(Alert alert)
    {
        var home = await GrainFactory.GetGrain<IResidentGrain>(Id).GetNeighbourhoodId();
        if (home != alert.NeighbourhoodId)
        {
            // Moved or left: not a recipient any more; the roster forgets them.
            await GrainFactory.GetGrain<IPushRosterGrain>(alert.NeighbourhoodId).Remove(Id);
            return;
        }

        if (state.State.Devices.Count == 0)
        {
            return;
        }

        var wasEmpty = state.State.Outboxes.Values.All(o => o.Count == 0);
        var next = state.State.NextMessage;
        var outboxes = new Dictionary<string, List<PushMessage>>();
        foreach (var device in state.State.Devices)
        {
            var pending = state.State.Outboxes.GetValueOrDefault(device.Id) ?? [];
            if (pending.Any(m => m.Alert.Id == alert.Id))
            {
                outboxes[device.Id] = pending;
                continue;
            }

            // A device nobody drains does not grow without bound: the oldest messages go first.
            var message = new PushMessage($"{Id}.{++next}", Id, device.Id, device.Platform, device.Token, alert);
            outboxes[device.Id] = [.. pending.Skip(Math.Max(0, pending.Count + 1 - MaxPendingPerDevice)), message];
        }

        state.State = state.State with { Outboxes = outboxes, NextMessage = next };
        await state.WriteStateAsync();
        if (wasEmpty)
        {
            await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkPending(Id);
        }
    }

    public Task<IReadOnlyList<PushMessage>> Peek(int first) =>
        Task.FromResult<IReadOnlyList<PushMessage>>([.. state.State.Outboxes.Values.SelectMany(o => o).OrderBy(m => m.Alert.RaisedAt).Take(first)]);

    public async Task<int> Acknowledge(IReadOnlyList<string> messageIds)
    {
        var ids = messageIds.ToHashSet(StringComparer.Ordinal);
        var removed = state.State.Outboxes.Values.Sum(o => o.Count(m => ids.Contains(m.Id)));
        if (removed > 0)
        {
            var outboxes = state.State.Outboxes.ToDictionary(o => o.Key, o => o.Value.Where(m => !ids.Contains(m.Id)).ToList());
            state.State = state.State with { Outboxes = outboxes };
            await state.WriteStateAsync();
        }

        if (state.State.Outboxes.Values.All(o => o.Count == 0))
        {
            await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkDrained(Id);
        }

        return removed;
    }

    public Task<IReadOnlyList<PushDevice>> GetDevices() => Task.FromResult<IReadOnlyList<PushDevice>>(state.State.Devices);

    public async Task Forget()
    {
        var roster = state.State.Roster;
        await state.ClearStateAsync();
        state.State = new ResidentPushState();
        if (roster is not null)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(roster).Remove(Id);
        }

        await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkDrained(Id);
    }
}
