using Voisinage.Grains.Notifications;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// What a neighbourhood's push roster needs to send an alert to one resident's browsers itself, in one gateway batch
/// with everyone else's, instead of one message to the resident's grain per alert: their Web Push devices, their
/// preferences and, only when they chose an alert radius, their home cell. Offered by the resident's push grain after it
/// checked their membership; good until <paramref name="ValidUntil"/> (the membership re-check) and withdrawn at once
/// when devices, preferences, membership or home change. Kept in the roster's memory only, never stored or sent out of
/// the cluster.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushCard(
    [property: Id(0)] string ResidentId,
    [property: Id(1)] IReadOnlyList<PushCardDevice> Devices,
    [property: Id(2)] NotificationPreferences Preferences,
    [property: Id(3)] string? HomeCell,
    [property: Id(4)] DateTimeOffset ValidUntil);

/// <summary>One Web Push device of a <see cref="PushCard"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record PushCardDevice(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] WebPushSubscription Subscription);
