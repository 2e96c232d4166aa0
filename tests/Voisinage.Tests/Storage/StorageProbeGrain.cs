using Orleans;
using Orleans.Runtime;

namespace Voisinage.Tests.Storage;

/// <summary>A tiny grain that exercises the ADO.NET grain storage and reminder table.</summary>
public interface IStorageProbeGrain : IGrainWithStringKey
{
    Task SetAsync(string value);

    Task<string?> GetAsync();

    Task SetDeletableAsync(string value);

    Task<string?> GetDeletableAsync();

    /// <summary>Clears both states: the first one is nulled, the second one deleted.</summary>
    Task ClearAsync();

    Task DeactivateAsync();

    Task RegisterReminderAsync(string name);

    Task<bool> HasReminderAsync(string name);

    Task UnregisterReminderAsync(string name);
}

[GenerateSerializer]
public sealed class StorageProbeState
{
    [Id(0)]
    public string? Value { get; set; }
}

public sealed class StorageProbeGrain(
    [PersistentState("probe", StorageProbeGrain.StorageName)] IPersistentState<StorageProbeState> state,
    [PersistentState("deletable", StorageProbeGrain.DeletingStorageName)] IPersistentState<StorageProbeState> deletable)
    : Grain, IStorageProbeGrain, IRemindable
{
    public const string StorageName = "storage-probe";

    /// <summary>A storage provider configured with DeleteStateOnClear = true (uses DeleteStorageKey).</summary>
    public const string DeletingStorageName = "storage-probe-delete";

    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);

    public async Task SetDeletableAsync(string value)
    {
        deletable.State.Value = value;
        await deletable.WriteStateAsync();
    }

    public Task<string?> GetDeletableAsync() => Task.FromResult(deletable.State.Value);

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        await deletable.ClearStateAsync();
    }

    public Task DeactivateAsync()
    {
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public async Task RegisterReminderAsync(string name) =>
        await this.RegisterOrUpdateReminder(name, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

    public async Task<bool> HasReminderAsync(string name) => await this.GetReminder(name) is not null;

    public async Task UnregisterReminderAsync(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
