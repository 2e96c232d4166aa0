using Microsoft.Extensions.Options;
using Voisinage.Grains.Notifications;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// Who in a neighbourhood has push devices, and the neighbourhood's push outbox: each alert is written here once (one
/// entry with the residents still to serve) before the raise is answered, then handed to each resident's push grain,
/// which sends without writing and answers <see cref="Done"/> once its devices are served (or the message is safe in its
/// own outbox for a retry). A reminder hands whatever is still waiting out again, so a dead silo loses nothing.
/// </summary>
/// <remarks>
/// Why not one outbox write per resident: at 2,000 devices an alert a second per neighbourhood made 2,000 writes a
/// second, and the raises' own writes queued behind them (bench/Push.Load). Here an alert costs one write, whatever
/// the neighbourhood's size; the answers are kept in memory and saved with the next write (or after
/// <see cref="PushOptions.AckFlushDelay"/>): a crash in between sends some pushes twice, which devices drop by id.
/// </remarks>
internal sealed class PushRosterGrain(
    [PersistentState("roster", StorageNames.Voisinage)] IPersistentState<PushRosterState> roster,
    IOptions<PushOptions> pushOptions,
    TimeProvider clock) : Grain, IPushRosterGrain, IRemindable
{
    private const string ResendReminder = "push-outbox";

    /// <summary>Alert id → when this activation last handed it out (memory: after a reactivation every entry is due).</summary>
    private readonly Dictionary<string, DateTimeOffset> handedOut = new(StringComparer.Ordinal);

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

        var entry = new PushOutboxEntry(alert, [.. roster.State.Residents]);
        roster.State = roster.State with { Outbox = [.. roster.State.Outbox, entry], EnqueuedThrough = alert.Sequence };

        // Written before the raise is answered: from here on a dead silo cannot lose these pushes.
        await Save();
        await KeepReminding();
        HandOut(entry);
    }

    public Task Done(string alertId, string residentId)
    {
        var index = roster.State.Outbox.FindIndex(e => e.Alert.Id == alertId);
        if (index < 0 || !roster.State.Outbox[index].Waiting.Remove(residentId))
        {
            return Task.CompletedTask;
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
        return Task.CompletedTask;
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
        handedOut[entry.Alert.Id] = clock.GetUtcNow();

        // One-way: each resident's grain sends to its own devices in parallel, on any silo, and answers with Done.
        foreach (var residentId in entry.Waiting)
        {
            _ = GrainFactory.GetGrain<IResidentPushGrain>(residentId).Deliver(entry.Alert);
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
}
