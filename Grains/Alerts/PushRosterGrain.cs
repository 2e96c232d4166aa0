using Microsoft.Extensions.Options;
using Voisinage.Grains.Notifications;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// Who in a neighbourhood has push devices, and the neighbourhood's push outbox: each alert is written here once (one
/// entry with the residents still to serve) before the raise is answered, then handed to each resident's push grain,
/// which sends without writing and answers <see cref="Done"/> once its devices are served (or the message is safe in its
/// own outbox for a retry). A reminder hands whatever is still waiting out again, so a dead silo loses nothing.
/// Residents whose grain offered a <see cref="PushCard"/> are served by the roster itself: one gateway batch carries
/// many residents' pushes and comes back as one report, where the other path costs four messages per resident and alert.
/// </summary>
/// <remarks>
/// Why not one outbox write per resident: at 2,000 devices an alert a second per neighbourhood made 2,000 writes a
/// second, and the raises' own writes queued behind them (bench/Push.Load). Here an alert costs one write, whatever
/// the neighbourhood's size; the answers are kept in memory and saved with the next write (or after
/// <see cref="PushOptions.AckFlushDelay"/>): a crash in between sends some pushes twice, which devices drop by id.
/// Cards and the pushes in flight are memory only: after a reactivation every waiting resident goes through their own
/// grain again (which offers a new card), and a batch lost with the gateway's silo is handed out again by the reminder.
/// </remarks>
internal sealed class PushRosterGrain(
    [PersistentState("roster", StorageNames.Voisinage)] IPersistentState<PushRosterState> roster,
    IOptions<PushOptions> pushOptions,
    TimeProvider clock) : Grain, IPushRosterGrain, IRemindable
{
    private const string ResendReminder = "push-outbox";

    /// <summary>Alert id → when this activation last handed it out (memory: after a reactivation every entry is due).</summary>
    private readonly Dictionary<string, DateTimeOffset> handedOut = new(StringComparer.Ordinal);

    /// <summary>Residents' cards (memory only), by resident id: those residents are pushed by this grain directly.</summary>
    private readonly Dictionary<string, PushCard> cards = new(StringComparer.Ordinal);

    /// <summary>Pushes this grain handed to the gateway and not answered yet: message id → alert and resident (memory only).</summary>
    private readonly Dictionary<string, (string AlertId, string ResidentId)> live = new(StringComparer.Ordinal);

    /// <summary>
    /// Per alert and resident served by this grain: pushes not answered yet, and the devices whose push failed or is
    /// gone so far (a resident's devices may span two gateway batches).
    /// </summary>
    private readonly Dictionary<(string AlertId, string ResidentId), Serving> serving = [];

    private bool reminding;
    private bool unsaved;
    private IGrainTimer? flushTimer;

    private PushOptions Options => pushOptions.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Whatever is still waiting was left by an activation that is gone (idle, or its silo died): hand it out again.
        foreach (var entry in roster.State.Outbox)
        {
            HandOut(entry);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (unsaved)
        {
            await roster.WriteStateAsync(cancellationToken);
        }
    }

    public async Task Add(string residentId)
    {
        if (roster.State.Residents.Add(residentId))
        {
            await Save();
        }
    }

    public async Task AddFrom(string otherNeighbourhoodId)
    {
        var others = await GrainFactory.GetGrain<IPushRosterGrain>(otherNeighbourhoodId).GetResidents();
        var before = roster.State.Residents.Count;
        roster.State.Residents.UnionWith(others);
        if (roster.State.Residents.Count != before)
        {
            await Save();
        }
    }

    public Task<IReadOnlyList<string>> GetResidents() => Task.FromResult<IReadOnlyList<string>>([.. roster.State.Residents]);

    public async Task Remove(string residentId)
    {
        cards.Remove(residentId);
        var removed = roster.State.Residents.Remove(residentId);
        foreach (var entry in roster.State.Outbox)
        {
            entry.Waiting.Remove(residentId);
        }

        var emptied = roster.State.Outbox.RemoveAll(e => e.Waiting.Count == 0) > 0;
        if (removed || emptied)
        {
            await Save();
        }
    }

    public async Task Enqueue(Alert alert)
    {
        // Idempotent: a retried append (the raise failed after the alert was saved) does not push it twice.
        if (alert.Sequence <= roster.State.EnqueuedThrough || roster.State.Residents.Count == 0)
        {
            return;
        }

        var before = roster.State;
        var entry = new PushOutboxEntry(alert, [.. roster.State.Residents]);
        roster.State = roster.State with { Outbox = [.. roster.State.Outbox, entry], EnqueuedThrough = alert.Sequence };

        // Handed out before the write, which takes as long as the pushes themselves: the alert is saved already, so a push
        // that leaves before its outbox entry is written shows nothing that could be lost. A failed write fails the raise,
        // which appends again and comes back here (the state as it was, so not taken for done): at least once.
        HandOut(entry);
        try
        {
            // Written before the raise is answered: from here on a dead silo cannot lose these pushes.
            await Save();
        }
        catch
        {
            roster.State = before;
            throw;
        }

        await KeepReminding();
    }

    public Task Offer(PushCard card)
    {
        if (roster.State.Residents.Contains(card.ResidentId) && card.Devices.Count > 0)
        {
            cards[card.ResidentId] = card;
        }

        return Task.CompletedTask;
    }

    public Task Withdraw(string residentId)
    {
        cards.Remove(residentId);
        return Task.CompletedTask;
    }

    public Task Report(IReadOnlyList<PushOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            // Unknown: late, the alert was handed out again since (or before a reactivation); the newer hand-out answers.
            if (!live.Remove(outcome.MessageId, out var key) || !serving.TryGetValue(key, out var progress))
            {
                continue;
            }

            if (outcome.Result == PushResult.Failed)
            {
                progress.Failed.Add(outcome.DeviceId);
            }
            else if (outcome.Result == PushResult.Gone)
            {
                progress.Gone.Add(outcome.DeviceId);
            }

            if (--progress.Left > 0)
            {
                continue;
            }

            serving.Remove(key);
            if ((progress.Failed.Count > 0 || progress.Gone.Count > 0) && roster.State.Outbox.Find(e => e.Alert.Id == key.AlertId) is { } entry)
            {
                // The rare path: the resident's grain keeps what failed (saved, retried with backoff), forgets what is
                // gone, and answers Done; its devices changed, so it offers a new card with its next delivery.
                cards.Remove(key.ResidentId);
                _ = GrainFactory.GetGrain<IResidentPushGrain>(key.ResidentId).TakeBack(entry.Alert, progress.Failed, progress.Gone);
            }
            else
            {
                MarkDone(key.AlertId, key.ResidentId);
            }
        }

        return Task.CompletedTask;
    }

    public Task Done(string alertId, string residentId)
    {
        MarkDone(alertId, residentId);
        return Task.CompletedTask;
    }

    private void MarkDone(string alertId, string residentId)
    {
        var index = roster.State.Outbox.FindIndex(e => e.Alert.Id == alertId);
        if (index < 0 || !roster.State.Outbox[index].Waiting.Remove(residentId))
        {
            return;
        }

        if (roster.State.Outbox[index].Waiting.Count == 0)
        {
            roster.State.Outbox.RemoveAt(index);
            handedOut.Remove(alertId);
        }

        // Kept in memory: saved with the next alert's write, or soon after if none comes.
        unsaved = true;
        flushTimer ??= this.RegisterGrainTimer(
            async () =>
            {
                flushTimer?.Dispose();
                flushTimer = null;
                if (unsaved)
                {
                    await Save();
                }
            },
            new GrainTimerCreationOptions(Options.AckFlushDelay, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    public Task<int> CountCards()
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(cards.Values.Count(c => c.ValidUntil > now));
    }

    public Task<int> CountWaiting() => Task.FromResult(roster.State.Outbox.Sum(e => e.Waiting.Count));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (roster.State.Outbox.Count == 0)
        {
            if (await this.GetReminder(ResendReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            reminding = false;
            return;
        }

        // Entries this activation never handed out (a silo died) or handed out too long ago (a gateway silo died).
        var now = clock.GetUtcNow();
        foreach (var entry in roster.State.Outbox)
        {
            if (!handedOut.TryGetValue(entry.Alert.Id, out var at) || now - at >= Options.InFlightTimeout)
            {
                HandOut(entry);
            }
        }
    }

    private void HandOut(PushOutboxEntry entry)
    {
        var alert = entry.Alert;
        var now = clock.GetUtcNow();
        if (handedOut.ContainsKey(alert.Id))
        {
            ForgetInFlight(alert.Id);
        }

        handedOut[alert.Id] = now;
        var deliveries = new List<WebPushDelivery>();
        var notice = PushNotice.Of(alert);
        foreach (var residentId in entry.Waiting.ToList())
        {
            if (!cards.TryGetValue(residentId, out var card) || card.ValidUntil <= now)
            {
                // No good card: the resident's grain checks membership, preferences and radius, sends, answers Done
                // (one-way, on any silo) and offers a card for the next alerts.
                _ = GrainFactory.GetGrain<IResidentPushGrain>(residentId).Deliver(alert);
                continue;
            }

            var sendAt = NotificationRules.AlertSendAt(card.Preferences, alert, card.HomeCell, NotificationChannel.Push, now);
            if (sendAt is null)
            {
                MarkDone(alert.Id, residentId);
            }
            else if (sendAt > now)
            {
                // Quiet hours: the resident's grain holds it in its outbox until they end.
                _ = GrainFactory.GetGrain<IResidentPushGrain>(residentId).Deliver(alert);
            }
            else
            {
                serving[(alert.Id, residentId)] = new Serving(card.Devices.Count);
                foreach (var device in card.Devices)
                {
                    var messageId = $"{residentId}.{alert.Id}.{Guid.NewGuid():N}";
                    live[messageId] = (alert.Id, residentId);
                    deliveries.Add(new WebPushDelivery(messageId, device.DeviceId, device.Subscription, notice));
                }
            }
        }

        // One gateway call per batch of many residents' devices (a local stateless worker: it encrypts on this silo).
        var key = this.GetPrimaryKeyString();
        foreach (var batch in deliveries.Chunk(IPushGatewayGrain.MaxBatch))
        {
            _ = GrainFactory.GetGrain<IPushGatewayGrain>(0).SendForRoster(key, batch);
        }
    }

    /// <summary>Handed out again (the reminder, after the in-flight timeout): what is still in flight for this alert is lost.</summary>
    private void ForgetInFlight(string alertId)
    {
        foreach (var stale in live.Where(p => p.Value.AlertId == alertId).Select(p => p.Key).ToList())
        {
            live.Remove(stale);
        }

        foreach (var stale in serving.Keys.Where(k => k.AlertId == alertId).ToList())
        {
            serving.Remove(stale);
        }
    }

    /// <summary>The reminder runs while the outbox holds entries; a sweep that finds it empty stops it (one registration per busy period).</summary>
    private async Task KeepReminding()
    {
        if (!reminding)
        {
            reminding = true;
            await this.RegisterOrUpdateReminder(ResendReminder, Options.SweepInterval, Options.SweepInterval);
        }
    }

    private async Task Save()
    {
        await roster.WriteStateAsync();
        unsaved = false;
    }

    /// <summary>One resident's pushes of one alert sent by this grain: how many are unanswered, and which devices failed or are gone.</summary>
    private sealed class Serving(int left)
    {
        public int Left { get; set; } = left;

        public List<string> Failed { get; } = [];

        public List<string> Gone { get; } = [];
    }
}
