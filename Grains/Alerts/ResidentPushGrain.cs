using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// A resident's devices and their outboxes. Alerts arrive one-way from the neighbourhood's roster; messages for Web Push
/// subscriptions go at once to the silo's push gateway and stay in the outbox until a push service accepted them
/// (at least once: a lost batch is sent again after <see cref="PushOptions.InFlightTimeout"/>, a failed one after a
/// backoff on the injected clock, and the pending-outbox shard's reminder wakes this grain after a silo died).
/// </summary>
internal sealed class ResidentPushGrain(
    [PersistentState("push", StorageNames.Voisinage)] IPersistentState<ResidentPushState> state,
    TimeProvider clock,
    IOptions<PushOptions> pushOptions,
    ILogger<ResidentPushGrain> log) : Grain, IResidentPushGrain
{
    public const int MaxDevices = 10;
    public const int MaxPendingPerDevice = 200;

    private const int MaxServedRemembered = 200;

    /// <summary>Message id → when it was handed to the gateway (memory only: after a crash everything pending is due).</summary>
    private readonly Dictionary<string, DateTimeOffset> inFlight = new(StringComparer.Ordinal);

    /// <summary>
    /// Hot-path messages handed to the gateway and not answered yet, by message id (memory only: the neighbourhood's
    /// push outbox holds their alert until this grain answers Done, and hands it out again if this silo dies).
    /// </summary>
    private readonly Dictionary<string, LiveMessage> live = new(StringComparer.Ordinal);

    /// <summary>Alerts recently served (memory, the latest <see cref="MaxServedRemembered"/>): handed out again, they are not sent twice.</summary>
    private readonly HashSet<string> served = new(StringComparer.Ordinal);
    private readonly Queue<string> servedOrder = new();

    private IGrainTimer? retryTimer;

    /// <summary>Changes kept in memory only (messages delivered): saved with the next write or at deactivation.</summary>
    private bool unsaved;

    /// <summary>The neighbourhood this resident was last seen a member of, and when (membership is asked again after <see cref="MembershipRecheck"/>).</summary>
    private (string? NeighbourhoodId, DateTimeOffset At) member;

    /// <summary>
    /// How long a membership check stays good for deliveries. Joins, leaves and moves reach this grain at once
    /// (<see cref="FollowMembership"/> forgets the check); merges and splits are seen within this delay.
    /// </summary>
    public static readonly TimeSpan MembershipRecheck = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The resident's home cell, read only when their alert radius must be measured, and forgotten with the membership
    /// check (a move home reaches this grain through <see cref="FollowMembership"/>). It never leaves this grain.
    /// </summary>
    private string? homeCell;

    /// <summary>The resident's preferences as last read (changes reach this grain at once through <see cref="PreferencesChanged"/>).</summary>
    private NotificationPreferences? preferences;

    private string Id => this.GetPrimaryKeyString();

    private PushOptions Options => pushOptions.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Reschedule();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (unsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

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

        return await Register(platform, token, webPush: null);
    }

    public async Task<PushDevice> RegisterWebPush(WebPushSubscription subscription)
    {
        var checkedSubscription = WebPushRules.Validate(subscription, Options.AllowLoopback);
        return await Register(PushPlatform.WebPush, checkedSubscription.Endpoint, checkedSubscription);
    }

    public async Task<bool> RemoveDevice(string deviceId)
    {
        if (state.State.Devices.All(d => d.Id != deviceId))
        {
            return false;
        }

        await GrainFactory.GetGrain<IResidentQuotaGrain>(Id).Spend(QuotaKind.PushDevice);
        await Forget([deviceId]);
        return true;
    }

    public async Task Deliver(Alert alert)
    {
        if (state.State.Devices.Count == 0 || served.Contains(alert.Id) || state.State.Outboxes.Values.Any(o => o.Any(m => m.Alert?.Id == alert.Id)))
        {
            // Nothing to send, or already sent or kept here: the roster sent it again after a crash or a lost answer.
            Served(alert);
            return;
        }

        var now = clock.GetUtcNow();
        if (ResendStale(alert.Id, now))
        {
            return;
        }

        if (member.NeighbourhoodId != alert.NeighbourhoodId || now - member.At > MembershipRecheck)
        {
            var home = await GrainFactory.GetGrain<IResidentMembershipGrain>(Id).GetNeighbourhoodId();
            if (home != alert.NeighbourhoodId)
            {
                // Moved or left: not a recipient any more; the roster forgets them (and stops waiting for them). A move this
                // grain was never told of (its forward failed for good) is followed now: listed where the resident is.
                await GrainFactory.GetGrain<IPushRosterGrain>(alert.NeighbourhoodId).Remove(Id);
                if (home != state.State.Roster)
                {
                    await FollowMembership();
                }

                return;
            }

            // Counted as made up to a third of the delay earlier, at random: a neighbourhood's residents are checked on the
            // same alert, and cards (good until the next check) that all expired together sent the whole neighbourhood
            // back through its residents' grains on one alert a minute, whose pushes were the slowest of the benchmark.
            member = (home, now - TimeSpan.FromTicks(Random.Shared.NextInt64(MembershipRecheck.Ticks / 3)));
            homeCell = null;
        }

        preferences ??= await GrainFactory.GetGrain<INotificationPreferencesGrain>(Id).Get();
        var radiusCell = NotificationRules.RadiusApplies(preferences, alert) ? await HomeCell() : null;

        await PushOrHold(alert, preferences, radiusCell, now);

        // The roster handed this alert to this grain because it holds no card for the resident: it gets one, and sends
        // the next alerts itself (no message to this grain per alert while the card is good). Offered after the push
        // went to the gateway: the roster may be busy saving, and the push must not wait for it.
        await OfferCard(alert.NeighbourhoodId, preferences);
    }

    /// <summary>Sends the alert to the resident's Web Push devices now, or keeps it here (quiet hours, native platforms), or serves it unsent (preferences, radius).</summary>
    private async Task PushOrHold(Alert alert, NotificationPreferences current, string? radiusCell, DateTimeOffset now)
    {
        if (NotificationRules.AlertSendAt(current, alert, radiusCell, NotificationChannel.Push, now) is not { } sendAt)
        {
            Served(alert);
            return;
        }

        // Quiet hours: the message waits in this grain's outbox until they end (the retry timer sends it then).
        DateTimeOffset? heldUntil = sendAt > now ? sendAt : null;

        // The hot path: Web Push devices are sent to now, without a write (the neighbourhood's outbox holds the alert
        // until this grain answers Done). Only what must wait, or what the gateway does not send, is written here.
        var sendNow = heldUntil is null ? state.State.Devices.Where(d => d.WebPush is not null).ToList() : [];
        var keep = state.State.Devices.Except(sendNow).ToList();
        if (keep.Count > 0)
        {
            await Keep(keep.Select(d => (d, (Alert?)alert, (PushNotice?)null, 0, heldUntil)));
            Dispatch();
        }

        if (sendNow.Count == 0)
        {
            Served(alert);
            return;
        }

        // Ids unique to this hand-out: a late answer to an earlier one (from before a reactivation) matches nothing.
        var deliveries = sendNow.Select(d => new WebPushDelivery($"{Id}.{alert.Id}.{Guid.NewGuid():N}", d.Id, d.WebPush!, PushNotice.Of(alert))).ToList();
        foreach (var delivery in deliveries)
        {
            live[delivery.MessageId] = new LiveMessage(alert, delivery.DeviceId, now);
        }

        Send(deliveries);
    }

    public async Task TakeBack(Alert alert, IReadOnlyList<string> failedDeviceIds, IReadOnlyList<string> goneDeviceIds)
    {
        var gone = goneDeviceIds.ToHashSet(StringComparer.Ordinal);
        if (gone.Count > 0)
        {
            // The push service says the subscription no longer exists (RFC 8030 §7.3): the browser unsubscribed.
            await Forget(gone);
        }

        var failed = state.State.Devices.Where(d => failedDeviceIds.Contains(d.Id) && !gone.Contains(d.Id)).ToList();
        if (failed.Count > 0)
        {
            // As a failed push of this grain's own hot path: kept (saved) and retried with backoff by this grain's timer.
            await Keep(failed.Select(d => (d, (Alert?)alert, (PushNotice?)null, 1, (DateTimeOffset?)(clock.GetUtcNow() + Options.Backoff(1)))));
            Reschedule();
        }

        Served(alert);
    }

    public async Task Announce(Announcement announcement)
    {
        var notice = PushNotice.Of(announcement);
        var devices = state.State.Devices.Where(d => d.WebPush is not null).ToList();
        if (devices.Count == 0 || served.Contains(notice.Id) || state.State.Outboxes.Values.Any(o => o.Any(m => m.Notice?.Id == notice.Id)))
        {
            // No browser to send to, or a retried delivery of what is already sent or kept here.
            return;
        }

        var now = clock.GetUtcNow();
        preferences ??= await GrainFactory.GetGrain<INotificationPreferencesGrain>(Id).Get();
        if (NotificationRules.SendAt(preferences, NotificationKind.Announcement, NotificationChannel.Push, now, notice.Urgent) is { } sendAt)
        {
            // Kept before it is sent: an announcement has no neighbourhood outbox holding it as alerts do, so this write
            // is what makes the push survive a crash (announcements are rare: a few a day per organisation).
            await Keep(devices.Select(d => ((PushDevice)d, (Alert?)null, (PushNotice?)notice, 0, sendAt > now ? (DateTimeOffset?)sendAt : null)));
            Dispatch();
        }

        Remember(notice.Id);
    }

    public async Task Report(IReadOnlyList<PushOutcome> outcomes)
    {
        var now = clock.GetUtcNow();
        var gone = outcomes.Where(o => o.Result == PushResult.Gone).Select(o => o.DeviceId).ToHashSet(StringComparer.Ordinal);

        // Sent from the hot path: a failed one moves into this grain's outbox (saved below) to be retried with backoff.
        var touched = new Dictionary<string, Alert>(StringComparer.Ordinal);
        var failed = new List<(PushDevice, Alert?, PushNotice?, int, DateTimeOffset?)>();
        var stored = new List<PushOutcome>(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            if (!live.Remove(outcome.MessageId, out var sent))
            {
                stored.Add(outcome);
                continue;
            }

            touched[sent.Alert.Id] = sent.Alert;
            if (outcome.Result == PushResult.Failed && !gone.Contains(outcome.DeviceId)
                && state.State.Devices.FirstOrDefault(d => d.Id == outcome.DeviceId) is { } device)
            {
                failed.Add((device, sent.Alert, null, 1, now + Options.Backoff(1)));
            }
            else if (outcome.Result == PushResult.Rejected)
            {
                log.LogWarning("Push message {Message} rejected by the push service", outcome.MessageId);
            }
        }

        var byId = stored.ToDictionary(o => o.MessageId, StringComparer.Ordinal);
        foreach (var outcome in stored)
        {
            inFlight.Remove(outcome.MessageId);
        }

        if (byId.Count > 0)
        {
            var outboxes = new Dictionary<string, List<PushMessage>>();
            foreach (var (deviceId, pending) in state.State.Outboxes.Where(o => !gone.Contains(o.Key)))
            {
                var kept = new List<PushMessage>(pending.Count);
                foreach (var message in pending)
                {
                    if (!byId.TryGetValue(message.Id, out var outcome))
                    {
                        kept.Add(message);
                    }
                    else if (outcome.Result == PushResult.Failed && message.Attempts + 1 < Options.MaxAttempts)
                    {
                        kept.Add(message with { Attempts = message.Attempts + 1, NextAttemptAt = now + Options.Backoff(message.Attempts + 1) });
                    }
                    else if (outcome.Result == PushResult.Failed)
                    {
                        log.LogWarning("Push message {Message} dropped after {Attempts} failed tries", message.Id, Options.MaxAttempts);
                    }
                }

                outboxes[deviceId] = kept;
            }

            state.State = state.State with { Outboxes = outboxes };

            // Not saved now (one write per push fewer): a crash before the next write sends these again, and the
            // device drops what it already showed by id. Retry counts are memory too: after a crash, all is due.
            unsaved = true;
        }

        if (gone.Count > 0)
        {
            // The push service says the subscription no longer exists (RFC 8030 §7.3): the browser unsubscribed.
            await Forget(gone);
        }

        if (failed.Count > 0)
        {
            await Keep(failed);
        }

        foreach (var alert in touched.Values)
        {
            if (!live.Values.Any(m => m.Alert.Id == alert.Id))
            {
                Served(alert);
            }
        }

        Reschedule();
    }

    public async Task Resume()
    {
        if (state.State.Outboxes.Values.Any(o => o.Count > 0))
        {
            Dispatch();
            return;
        }

        // Unconditional: a listing made before the flag existed is dropped too (a no-op for the shard otherwise).
        await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkDrained(Id);
        if (state.State.Indexed)
        {
            state.State = state.State with { Indexed = false };
            await state.WriteStateAsync();
        }
    }

    public async Task PreferencesChanged()
    {
        preferences = null;
        await WithdrawCard();
    }

    public async Task FollowMembership()
    {
        member = default;
        homeCell = null;
        await WithdrawCard();
        if (state.State.Devices.Count == 0 && state.State.Roster is null)
        {
            return;
        }

        var current = await GrainFactory.GetGrain<IResidentMembershipGrain>(Id).GetNeighbourhoodId();
        var roster = state.State.Devices.Count > 0 ? current : null;
        if (roster == state.State.Roster)
        {
            return;
        }

        if (state.State.Roster is { } old)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(old).Remove(Id);
        }

        if (roster is not null)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(roster).Add(Id);
        }

        state.State = state.State with { Roster = roster };
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<PushMessage>> Peek(int first)
    {
        var gateway = GatewayDevices();
        var now = clock.GetUtcNow();
        return Task.FromResult<IReadOnlyList<PushMessage>>([.. state.State.Outboxes
            .Where(o => !gateway.Contains(o.Key))
            .SelectMany(o => o.Value)
            .Where(m => m.Alert is not null && (m.NextAttemptAt is not { } at || at <= now))
            .OrderBy(m => m.Content.At)
            .Take(first)]);
    }

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

        // The operators' drain leaves the shard at once (what it lists is what they read); the gateway's path leaves it at the next sweep.
        await Resume();
        return removed;
    }

    public Task<IReadOnlyList<PushDevice>> GetDevices() => Task.FromResult<IReadOnlyList<PushDevice>>(state.State.Devices);

    public Task<int> CountPending() => Task.FromResult(state.State.Outboxes.Values.Sum(o => o.Count));

    public async Task Forget()
    {
        var roster = state.State.Roster;
        await state.ClearStateAsync();
        state.State = new ResidentPushState();
        inFlight.Clear();
        live.Clear();
        Reschedule();
        if (roster is not null)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(roster).Remove(Id);
        }

        await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkDrained(Id);
    }

    private async Task<PushDevice> Register(PushPlatform platform, string token, WebPushSubscription? webPush)
    {
        var deviceId = PushDevice.IdOf(platform, token);
        var devices = state.State.Devices.Where(d => d.Id != deviceId).ToList();
        if (devices.Count >= MaxDevices)
        {
            throw VoisinageException.Conflict($"At most {MaxDevices} push devices; re-register an existing one.");
        }

        // Re-registering the same Web Push subscription (the app does on each start) is free; a new one costs a quota use.
        var known = state.State.Devices.FirstOrDefault(d => d.Id == deviceId);
        if (webPush is not null && known?.WebPush != webPush)
        {
            await GrainFactory.GetGrain<IResidentQuotaGrain>(Id).Spend(QuotaKind.PushDevice);
        }

        var device = new PushDevice(deviceId, platform, token, clock.GetUtcNow(), webPush);
        var resident = GrainFactory.GetGrain<IResidentMembershipGrain>(Id);

        // From now on the resident forwards membership changes here (until now, with no device, it sent none).
        _ = resident.FollowedByPush();
        var neighbourhood = await resident.GetNeighbourhoodId();
        var oldRoster = state.State.Roster;
        await WithdrawCard();
        state.State = state.State with { Devices = [.. devices, device], Roster = neighbourhood };
        await state.WriteStateAsync();

        // Re-registering (apps do it on every start) also re-attaches the resident to their current neighbourhood's roster.
        if (oldRoster is not null && oldRoster != neighbourhood)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(oldRoster).Remove(Id);
        }

        if (neighbourhood is not null)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(neighbourhood).Add(Id);
        }

        return device;
    }

    /// <summary>Forgets devices (removed by the resident, or gone at the push service) with their outboxes; leaves the roster with the last one.</summary>
    private async Task Forget(IReadOnlyCollection<string> deviceIds)
    {
        var devices = state.State.Devices.Where(d => !deviceIds.Contains(d.Id)).ToList();
        var outboxes = state.State.Outboxes.Where(o => !deviceIds.Contains(o.Key)).ToDictionary();
        var roster = devices.Count > 0 ? state.State.Roster : null;
        foreach (var message in state.State.Outboxes.Where(o => deviceIds.Contains(o.Key)).SelectMany(o => o.Value))
        {
            inFlight.Remove(message.Id);
        }

        // Hot-path messages to a forgotten device will never count: their alert is served once the other devices are.
        var dropped = live.Where(m => deviceIds.Contains(m.Value.DeviceId)).ToList();
        foreach (var (messageId, _) in dropped)
        {
            live.Remove(messageId);
        }

        if (roster is null && state.State.Roster is { } old)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(old).Remove(Id);
        }
        else
        {
            await WithdrawCard();
        }

        state.State = state.State with { Devices = devices, Outboxes = outboxes, Roster = roster };
        await state.WriteStateAsync();
        unsaved = false;
        foreach (var alert in dropped.Select(m => m.Value.Alert).DistinctBy(a => a.Id).Where(a => !live.Values.Any(m => m.Alert.Id == a.Id)))
        {
            Served(alert);
        }
    }

    private async Task EnsureIndexed()
    {
        if (!state.State.Indexed)
        {
            await GrainFactory.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(Id)).MarkPending(Id);
        }
    }

    private HashSet<string> GatewayDevices() =>
        state.State.Devices.Where(d => d.WebPush is not null).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Hands every due Web Push message (not in flight, or in flight for too long) to the gateway, in batches.</summary>
    private void Dispatch()
    {
        var now = clock.GetUtcNow();
        var due = new List<WebPushDelivery>();
        foreach (var device in state.State.Devices.Where(d => d.WebPush is not null))
        {
            foreach (var message in state.State.Outboxes.GetValueOrDefault(device.Id) ?? [])
            {
                var waiting = inFlight.TryGetValue(message.Id, out var since) && now - since < Options.InFlightTimeout;
                if (!waiting && (message.NextAttemptAt is not { } at || at <= now))
                {
                    inFlight[message.Id] = now;
                    due.Add(new WebPushDelivery(message.Id, device.Id, device.WebPush!, message.Content));
                }
            }
        }

        Send(due);
        Reschedule();
    }

    private void Send(IReadOnlyList<WebPushDelivery> deliveries)
    {
        foreach (var batch in deliveries.Chunk(IPushGatewayGrain.MaxBatch))
        {
            _ = GrainFactory.GetGrain<IPushGatewayGrain>(0).Send(Id, batch);
        }
    }

    /// <summary>
    /// Keeps messages in this grain's outbox (oldest dropped beyond <see cref="MaxPendingPerDevice"/> a device),
    /// listed in the pending shard before the save: a crash in between leaves an empty listing (swept), never a pending
    /// message nobody would wake.
    /// </summary>
    private async Task Keep(IEnumerable<(PushDevice Device, Alert? Alert, PushNotice? Notice, int Attempts, DateTimeOffset? NextAttemptAt)> messages)
    {
        var next = state.State.NextMessage;
        var outboxes = new Dictionary<string, List<PushMessage>>(state.State.Outboxes);
        foreach (var (device, alert, notice, attempts, at) in messages)
        {
            var pending = outboxes.GetValueOrDefault(device.Id) ?? [];
            var itemId = alert?.Id ?? notice!.Id;
            if (pending.Any(m => m.Content.Id == itemId))
            {
                continue;
            }

            var message = new PushMessage($"{Id}.{++next}", Id, device.Id, device.Platform, device.Token, alert, attempts, at, notice);
            outboxes[device.Id] = [.. pending.Skip(Math.Max(0, pending.Count + 1 - MaxPendingPerDevice)), message];
        }

        await EnsureIndexed();
        state.State = state.State with { Outboxes = outboxes, NextMessage = next, Indexed = true };
        await state.WriteStateAsync();
        unsaved = false;
    }

    /// <summary>Hot-path messages of this alert handed out longer than <see cref="PushOptions.InFlightTimeout"/> ago (their gateway's silo died) go again; true if any is still in flight.</summary>
    private bool ResendStale(string alertId, DateTimeOffset now)
    {
        var pending = live.Where(m => m.Value.Alert.Id == alertId).ToList();
        var stale = pending.Where(m => now - m.Value.SentAt >= Options.InFlightTimeout).ToList();
        var deliveries = new List<WebPushDelivery>(stale.Count);
        foreach (var (messageId, message) in stale)
        {
            if (state.State.Devices.FirstOrDefault(d => d.Id == message.DeviceId) is { WebPush: { } subscription })
            {
                live[messageId] = message with { SentAt = now };
                deliveries.Add(new WebPushDelivery(messageId, message.DeviceId, subscription, PushNotice.Of(message.Alert)));
            }
        }

        Send(deliveries);
        return pending.Count > 0;
    }

    /// <summary>The resident's home cell, for their alert radius (one call to the resident, then kept until the membership check is forgotten).</summary>
    private async Task<string?> HomeCell()
    {
        homeCell ??= (await GrainFactory.GetGrain<IResidentMembershipGrain>(Id).GetStanding()).Profile?.HomeCell;
        return homeCell;
    }

    /// <summary>
    /// Offers the roster this resident's card, when the roster can send to all of their devices itself (Web Push only:
    /// native platforms are written here for the operators' drain). The home cell goes only when a radius is chosen.
    /// </summary>
    private async Task OfferCard(string neighbourhoodId, NotificationPreferences current)
    {
        if (state.State.Roster != neighbourhoodId || state.State.Devices.Any(d => d.WebPush is null))
        {
            return;
        }

        var cell = current.AlertRadiusMeters is null ? null : await HomeCell();
        var devices = state.State.Devices.Select(d => new PushCardDevice(d.Id, d.WebPush!)).ToList();
        await GrainFactory.GetGrain<IPushRosterGrain>(neighbourhoodId).Offer(new PushCard(Id, devices, current, cell, member.At + MembershipRecheck));
    }

    /// <summary>Devices, preferences, membership or home changed: the roster stops sending from the old card (awaited, so a later offer cannot overtake it).</summary>
    private async Task WithdrawCard()
    {
        if (state.State.Roster is { } roster)
        {
            await GrainFactory.GetGrain<IPushRosterGrain>(roster).Withdraw(Id);
        }
    }

    /// <summary>This resident is done with the alert (sent, kept here, or not for them): the neighbourhood's outbox stops waiting for them.</summary>
    private void Served(Alert alert)
    {
        Remember(alert.Id);
        _ = GrainFactory.GetGrain<IPushRosterGrain>(alert.NeighbourhoodId).Done(alert.Id, Id);
    }

    /// <summary>Remembers (in memory, the latest <see cref="MaxServedRemembered"/>) that this alert or announcement was served.</summary>
    private void Remember(string itemId)
    {
        if (served.Add(itemId))
        {
            servedOrder.Enqueue(itemId);
            if (servedOrder.Count > MaxServedRemembered)
            {
                served.Remove(servedOrder.Dequeue());
            }
        }
    }

    /// <summary>A hot-path message: the alert, the device, and when it was handed to the gateway.</summary>
    private sealed record LiveMessage(Alert Alert, string DeviceId, DateTimeOffset SentAt);

    /// <summary>Sets the retry timer to the next moment a pending Web Push message becomes due, if any.</summary>
    private void Reschedule()
    {
        DateTimeOffset? next = null;
        foreach (var device in state.State.Devices.Where(d => d.WebPush is not null))
        {
            foreach (var message in state.State.Outboxes.GetValueOrDefault(device.Id) ?? [])
            {
                var at = inFlight.TryGetValue(message.Id, out var since) ? since + Options.InFlightTimeout : message.NextAttemptAt ?? clock.GetUtcNow();
                next = next is { } n && n <= at ? n : at;
            }
        }

        if (next is not { } when)
        {
            retryTimer?.Dispose();
            retryTimer = null;
            return;
        }

        var dueIn = when - clock.GetUtcNow();
        dueIn = dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn;
        if (retryTimer is null)
        {
            retryTimer = this.RegisterGrainTimer(
                () => { Dispatch(); return Task.CompletedTask; },
                new GrainTimerCreationOptions(dueIn, Timeout.InfiniteTimeSpan) { Interleave = false });
        }
        else
        {
            retryTimer.Change(dueIn, Timeout.InfiniteTimeSpan);
        }
    }
}
