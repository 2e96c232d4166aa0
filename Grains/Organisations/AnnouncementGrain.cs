using Voisinage.Geo;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.RateLimits;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One official announcement (see <see cref="IAnnouncementGrain"/>). Delivery goes through an outbox: the reminder is
/// registered before the announcement is saved with <c>Pending</c>, and only cleared once every neighbourhood in the area
/// was handed it; each step downstream ignores an announcement already received, so a retry never doubles it.
/// </summary>
internal sealed class AnnouncementGrain(
    [PersistentState("announcement", StorageNames.Voisinage)] IPersistentState<AnnouncementState> state,
    TimeProvider clock) : Grain, IAnnouncementGrain, IRemindable
{
    private const string DeliveryReminder = "announcement-delivery";

    /// <summary>Orleans takes no reminder period under a minute.</summary>
    private static readonly TimeSpan DeliveryRetry = TimeSpan.FromMinutes(1);

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
        state.State = new AnnouncementState { Announcement = announcement, AuthorId = authorId, Pending = true };
        await state.WriteStateAsync();
        await Deliver();
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
        state.State = state.State with { Announcement = announcement with { Withdrawn = hidden }, Pending = true };
        await state.WriteStateAsync();
        await Deliver();
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
            await Deliver();
        }
        else if (await this.GetReminder(DeliveryReminder) is { } reminder)
        {
            // Delivered (or never saved: a crash between the reminder and the save): nothing left to do.
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>
    /// Writes the announcement (or its withdrawal) into the organisation's log and marks the area's index shards, which
    /// puts it in (or out of) every list of the area at once; then hands a publication to every neighbourhood owning a
    /// block of the area for the residents' notifications; then clears the outbox.
    /// </summary>
    private async Task Deliver()
    {
        var announcement = state.State.Announcement!;
        var area = await GrainFactory.GetGrain<IOrganisationGrain>(announcement.OrganisationId).GetAreaCells();
        var cells = area.Select(H3Index.Parse).ToList();
        await GrainFactory.GetGrain<IOrganisationAnnouncementsGrain>(announcement.OrganisationId).Publish(announcement);
        await Task.WhenAll(OrganisationAreaRules.ByShard(cells).Keys
            .Select(shard => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(shard).Announced(announcement.OrganisationId)));

        if (!announcement.Withdrawn)
        {
            var owners = await Cells.OwnersOf(GrainFactory, BlocksOf(cells));
            var neighbourhoods = await Task.WhenAll(owners.Values.Distinct(StringComparer.Ordinal).Select(id => NeighbourhoodLookup.Resolve(GrainFactory, id)));
            var delivery = GrainFactory.GetGrain<IAnnouncementDeliveryGrain>(0);
            await Task.WhenAll(neighbourhoods.OfType<string>().Distinct(StringComparer.Ordinal).Select(id => delivery.ToNeighbourhood(announcement, id)));
        }

        state.State = state.State with { Pending = false };
        await state.WriteStateAsync();
        if (await this.GetReminder(DeliveryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
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

    /// <summary>The outbox: set while some neighbourhood of the area may not have been handed it yet.</summary>
    [Id(2)] public bool Pending { get; init; }
}
