using Voisinage.Grains.Alerts;

namespace Voisinage.Grains.Notifications;

/// <summary>A resident's notification preferences (see <see cref="INotificationPreferencesGrain"/>).</summary>
internal sealed class NotificationPreferencesGrain(
    [PersistentState("preferences", StorageNames.Voisinage)] IPersistentState<NotificationPreferencesState> state) : Grain, INotificationPreferencesGrain
{
    public Task<NotificationPreferences> Get() => Task.FromResult(state.State.Preferences ?? NotificationPreferences.Default);

    public async Task<NotificationPreferences> Set(NotificationPreferences preferences)
    {
        var valid = NotificationRules.Validate(preferences);
        state.State = new NotificationPreferencesState { Preferences = valid };
        await state.WriteStateAsync();

        // The push grain keeps a copy for its deliveries: it reads them again now.
        _ = GrainFactory.GetGrain<IResidentPushGrain>(this.GetPrimaryKeyString()).PreferencesChanged();
        await GrainFactory.GetGrain<Email.IDigestGrain>(this.GetPrimaryKeyString()).Reschedule(valid);
        return valid;
    }

    public async Task Forget()
    {
        await GrainFactory.GetGrain<Email.IDigestGrain>(this.GetPrimaryKeyString()).Forget();
        await state.ClearStateAsync();
    }

    public async Task<bool> UnsubscribeDigest(string signature)
    {
        if (!await GrainFactory.GetGrain<Email.IDigestGrain>(this.GetPrimaryKeyString()).IsUnsubscribeSignature(signature))
        {
            return false;
        }

        var current = state.State.Preferences ?? NotificationPreferences.Default;
        if (current.Digest != DigestFrequency.Off)
        {
            await Set(current with { Digest = DigestFrequency.Off });
        }

        return true;
    }
}

[GenerateSerializer]
public sealed record NotificationPreferencesState
{
    [Id(0)] public NotificationPreferences? Preferences { get; init; }
}
