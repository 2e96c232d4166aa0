using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Geo;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.RateLimits;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One official announcement (see <see cref="IAnnouncementGrain"/>). Delivery goes through an outbox: the reminder is
/// registered before the announcement is saved with <c>Pending</c>, and only cleared once every neighbourhood in the area
/// was notified; each step downstream ignores an announcement already received, so a retry never doubles it. The outbox
/// runs in this activation's background (one runner at a time), so <c>publish</c> answers once the announcement is listed
/// and live, not after a commune's fan-out.
/// </summary>
internal sealed class AnnouncementGrain(
    [PersistentState("announcement", StorageNames.Voisinage)] IPersistentState<AnnouncementState> state,
    IOptions<OrganisationOptions> options,
    TimeProvider clock,
    ILogger<AnnouncementGrain> logger) : Grain, IAnnouncementGrain, IRemindable
{
    private const string DeliveryReminder = "announcement-delivery";

    /// <summary>Orleans takes no reminder period under a minute.</summary>
    private static readonly TimeSpan DeliveryRetry = TimeSpan.FromMinutes(1);

    /// <summary>The outbox's runner while it runs (see <see cref="Delivering"/>).</summary>
    private Task? _delivering;

    /// <summary>
    /// Every write of the state: the runner records progress while requests (a withdrawal) may change the state, so
    /// writes never overlap (each change is made before its save is awaited).
    /// </summary>
    private CoalescedWrites? _coalesced;

    private CoalescedWrites Writes => _coalesced ??= new CoalescedWrites(state.WriteStateAsync, DeactivateOnIdle);

    public async Task<Announcement> Publish(string authorId, string organisationId, AnnouncementKind kind, string title, string body)
    {
        if (state.State.Announcement is { } existing)
        {
            return state.State.AuthorId == authorId ? existing : throw VoisinageException.Conflict("This announcement already exists.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw VoisinageException.BadInput("Unknown announcement kind.");
        }

        var validTitle = TextRules.Text(title, "title", AnnouncementLimits.MaxTitle);
        var validBody = TextRules.Text(body, "body", AnnouncementLimits.MaxBody);
        var organisationGrain = GrainFactory.GetGrain<IOrganisationGrain>(organisationId);
        var organisation = await organisationGrain.Get() ?? throw VoisinageException.NotFound("No such organisation.");
        if (await organisationGrain.RoleOf(authorId) is null)
        {
            throw VoisinageException.Forbidden("Only the organisation's admins and editors publish its announcements.");
        }

        if (organisation.Kind is not (OrganisationKind.Commune or OrganisationKind.PublicAgency))
        {
            throw VoisinageException.Forbidden("Only a town hall or a public agency publishes official announcements.");
        }

        if (organisation.Status != OrganisationStatus.Verified)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "An organisation publishes once an operator has verified it.");
        }

        if (organisation.AreaCellCount == 0)
        {
            throw VoisinageException.Conflict("Draw the area the organisation serves before publishing.");
        }

        await GrainFactory.GetGrain<IResidentQuotaGrain>(authorId).Spend(QuotaKind.Announcement);

        var announcement = new Announcement(
            this.GetPrimaryKeyString(), organisation.Id, organisation.Name, kind, validTitle, validBody, clock.GetUtcNow());

        // The reminder first: once the announcement is saved, something durable is bound to deliver it.
        await this.RegisterOrUpdateReminder(DeliveryReminder, DeliveryRetry, DeliveryRetry);
        state.State = new AnnouncementState { Announcement = announcement, AuthorId = authorId, Pending = true, Version = 1 };
        await Writes.Save();

        await DeliveringAwhile();
        return announcement;
    }

    public Task<Announcement?> Get() => Task.FromResult(state.State.Announcement);

    public Task<ModerationSubject> Describe() => Task.FromResult(Subject());

    public async Task<ModerationSubject> DescribeForReporter(string reporterId)
    {
        var subject = Subject();
        if (reporterId == state.State.AuthorId)
        {
            throw VoisinageException.BadInput("You cannot report your own announcement.");
        }

        // Reported by those it reaches (in their list: a withdrawn one is not there any more).
        return await GrainFactory.GetGrain<IResidentAnnouncementsGrain>(reporterId).Has(subject.Id)
            ? subject
            : throw VoisinageException.NotFound("No such announcement.");
    }

    public async Task ApplyHidden(bool hidden)
    {
        if (state.State.Announcement is not { } announcement || announcement.Withdrawn == hidden)
        {
            return;
        }

        // Through the same outbox as the publication: a withdrawal (or a restore after an appeal) interrupted anywhere
        // is finished by the reminder.
        await this.RegisterOrUpdateReminder(DeliveryReminder, DeliveryRetry, DeliveryRetry);
        state.State = state.State with { Announcement = announcement with { Withdrawn = hidden }, Pending = true, Version = state.State.Version + 1, Notified = [] };
        await Writes.Save();
        await DeliveringAwhile();
    }

    public Task<bool> IsDelivered() => Task.FromResult(state.State.Announcement is not null && !state.State.Pending);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeliveryReminder)
        {
            return;
        }

        if (state.State.Pending)
        {
            // Started (or joined) without waiting: a commune's fan-out outlasts a reminder's turn.
            _ = Delivering();
        }
        else if (await this.GetReminder(DeliveryReminder) is { } reminder)
        {
            // Delivered (or never saved: a crash between the reminder and the save): nothing left to do.
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>
    /// Waits for the outbox a moment (<see cref="OrganisationOptions.PublishWait"/>: a small area is done by then, and a
    /// commune's is listed and live), then leaves it running. A failure is the outbox's to retry (its runner logs it).
    /// </summary>
    private async Task DeliveringAwhile()
    {
        try
        {
            await Delivering().WaitAsync(options.Value.PublishWait, clock);
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>
    /// The outbox's one runner: delivers until nothing is pending, and never faults (a failure is logged and left to the
    /// reminder). A change made meanwhile (a withdrawal, a restore) bumps
    /// the version, and the runner goes round again for it rather than clearing the outbox over it.
    /// </summary>
    private Task Delivering()
    {
        if (_delivering is null || _delivering.IsCompleted)
        {
            _delivering = Run();
        }

        return _delivering;

        async Task Run()
        {
            try
            {
                await DeliverWhilePending();
            }
            catch (Exception ex)
            {
                // The reminder goes on from the neighbourhoods already recorded; nobody waits on this runner to hear it.
                logger.LogWarning(ex, "Delivering announcement {Announcement} failed; the reminder retries", this.GetPrimaryKeyString());
            }
        }

        async Task DeliverWhilePending()
        {
            while (state.State.Pending)
            {
                var version = state.State.Version;
                await Deliver(version);
                if (state.State.Version != version)
                {
                    continue;
                }

                state.State = state.State with { Pending = false, Notified = [] };
                await Writes.Save();
                if (await this.GetReminder(DeliveryReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }
            }
        }
    }

    /// <summary>
    /// Writes the announcement (or its withdrawal) into the organisation's log and marks the area's index shards, which
    /// puts it in (or out of) every list of the area at once; then (a publication) hands it to the live path, which
    /// notifies the connected residents of the area first; then drives the notification fan-out itself, a few short
    /// batches at a time, recording each neighbourhood done so that a retry goes on from there.
    /// </summary>
    private async Task Deliver(int version)
    {
        var announcement = state.State.Announcement!;
        var area = await GrainFactory.GetGrain<IOrganisationGrain>(announcement.OrganisationId).GetAreaCells();
        var cells = area.Select(H3Index.Parse).ToList();
        Stage(announcement, "delivery started");
        await GrainFactory.GetGrain<IOrganisationAnnouncementsGrain>(announcement.OrganisationId).Publish(announcement);
        Stage(announcement, "log written");
        var shardsMarked = Task.WhenAll(OrganisationAreaRules.ByShard(cells).Keys
            .Select(shard => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(shard).Announced(announcement.OrganisationId)));
        if (announcement.Withdrawn)
        {
            await shardsMarked;
            return;
        }

        // The live path does not wait for the shards (lists), only for the log (what the notification's page shows):
        // a shard that fails fails this delivery, and the retry's live entry is ignored by the inboxes that have it.
        var live = GrainFactory.GetGrain<IAnnouncementLiveGrain>(0).Broadcast(announcement);
        try
        {
            await shardsMarked;
            Stage(announcement, "shards marked");
        }
        finally
        {
            await live;
            Stage(announcement, "broadcast returned");
        }
        var owners = await Cells.OwnersOf(GrainFactory, BlocksOf(cells));
        var neighbourhoods = await Task.WhenAll(owners.Values.Distinct(StringComparer.Ordinal).Select(id => NeighbourhoodLookup.Resolve(GrainFactory, id)));

        // One window of batches in flight across neighbourhoods (no pause between two), each neighbourhood recorded once
        // its last batch is done.
        using var window = new SemaphoreSlim(Math.Max(1, options.Value.BatchesInFlight));
        var neighbourhoodsDone = new List<Task>();
        foreach (var neighbourhood in neighbourhoods.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (state.State.Version != version)
            {
                break;
            }

            if (!state.State.Notified.Contains(neighbourhood))
            {
                neighbourhoodsDone.Add(Record(neighbourhood, await NotifyNeighbourhood(announcement, neighbourhood, window)));
            }
        }

        await Task.WhenAll(neighbourhoodsDone);

        async Task Record(string neighbourhood, Task notified)
        {
            await notified;
            if (state.State.Version == version)
            {
                state.State = state.State with { Notified = [.. state.State.Notified, neighbourhood] };
                await Writes.Save();
            }
        }
    }

    /// <summary>
    /// Starts a neighbourhood's members in batches of <see cref="IAnnouncementDeliveryGrain.BatchSize"/>, each when the
    /// <paramref name="window"/> (<see cref="OrganisationOptions.BatchesInFlight"/>) has room: each call is a short one,
    /// never a walk over a neighbourhood of thousands in one call that could outlive the response timeout. Returns once
    /// the last batch started, with the task of them all.
    /// </summary>
    private async Task<Task> NotifyNeighbourhood(Announcement announcement, string neighbourhoodId, SemaphoreSlim window)
    {
        var snapshot = GrainFactory.GetGrain<INeighbourhoodGrain>(neighbourhoodId).GetSnapshot();

        // The push roster lists who has a device: only they cost a push grain's activation (most residents have none).
        var withPush = (await GrainFactory.GetGrain<IPushRosterGrain>(neighbourhoodId).GetResidents()).ToHashSet(StringComparer.Ordinal);
        var worker = GrainFactory.GetGrain<IAnnouncementDeliveryGrain>(0);
        var batches = new List<Task>();
        foreach (var batch in (await snapshot).Members.Keys.Order(StringComparer.Ordinal).Chunk(IAnnouncementDeliveryGrain.BatchSize))
        {
            await window.WaitAsync();
            batches.Add(Batch(batch));
        }

        return Task.WhenAll(batches);

        async Task Batch(string[] residentIds)
        {
            try
            {
                await worker.ToResidents(announcement, residentIds, [.. residentIds.Where(withPush.Contains)]);
            }
            finally
            {
                window.Release();
            }
        }
    }

    /// <summary>
    /// A stage of the delivery, at Debug, in milliseconds since the publication (what bench/Announce.Load's breakdown
    /// reads; nothing at the default level).
    /// </summary>
    private void Stage(Announcement announcement, string stage)
    {
        // Checked first: the elapsed time is computed and boxed only when someone reads it.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Announcement {Announcement}: {Stage} at +{Elapsed} ms", announcement.Id, stage, AnnouncementNotifications.Since(announcement, clock));
        }
    }

    /// <summary>The announcement as its moderation case sees it: the operators' subject, the author kept for notices and appeals.</summary>
    private ModerationSubject Subject() => state.State.Announcement is { } a
        ? new ModerationSubject(SubjectType.Announcement, a.Id, ModerationSubjects.OperatorsQueue, state.State.AuthorId!, $"{a.OrganisationName} : {a.Title}", a.PublishedAt)
        : throw VoisinageException.NotFound("No such announcement.");

    /// <summary>The blocks (res 9) holding the area's home cells: children of coarser cells, parents of home cells.</summary>
    private static IEnumerable<string> BlocksOf(IEnumerable<H3Index> area) =>
        area.SelectMany(cell => cell.Resolution > Cells.BlockResolution
                ? [H3.CellToParent(cell, Cells.BlockResolution)]
                : H3.CellToChildren(cell, Cells.BlockResolution))
            .Select(cell => cell.ToString())
            .Distinct(StringComparer.Ordinal);
}

[GenerateSerializer]
public sealed record AnnouncementState
{
    /// <summary>Null until published.</summary>
    [Id(0)] public Announcement? Announcement { get; init; }

    /// <summary>Kept for retries and for operators; never shown to residents.</summary>
    [Id(1)] public string? AuthorId { get; init; }

    /// <summary>The outbox: set while some neighbourhood of the area may not have been notified yet.</summary>
    [Id(2)] public bool Pending { get; init; }

    /// <summary>Bumped by every change to deliver (publication, withdrawal, restore): a runner finishing an older one goes round again.</summary>
    [Id(3)] public int Version { get; init; }

    /// <summary>The neighbourhoods whose members were notified of the current version: a retry goes on from there.</summary>
    [Id(4)] public IReadOnlyList<string> Notified { get; init; } = [];
}
