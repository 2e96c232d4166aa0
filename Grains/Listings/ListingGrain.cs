using Voisinage.Grains.Moderation;
using Voisinage.Grains.RateLimits;
using System.Security.Cryptography;
using System.Text;
using Voisinage.Geo;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Messaging;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>
/// A listing and all its rules. Being a single activation, it applies concurrent pledges, bookings and RSVPs one
/// at a time: a pledge that reaches the target confirms the purchase exactly once, and seats are never oversold.
/// Time rules run from a reminder (real time) but decide with the injected clock.
/// </summary>
internal sealed class ListingGrain(
    [PersistentState("listing", StorageNames.Voisinage)] IPersistentState<ListingState> listing,
    TimeProvider clock) : Grain, IListingGrain, IRemindable
{
    /// <summary>The reminder that applies the end date and the group-purchase deadline.</summary>
    public const string DeadlineReminder = "deadline";

    /// <summary>How often the reminder looks again once due (it may fire before the clock says so, e.g. in tests).</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromHours(1);

    // Orleans reminders cannot wait much more than 49 days at once; a longer wait is done in steps.
    private static readonly TimeSpan MaxReminderDue = TimeSpan.FromDays(30);

    private string Id => this.GetPrimaryKeyString();

    private ListingState State => listing.State;

    private ListingDraft Draft => State.Draft ?? throw VoisinageException.NotFound("No such listing.");

    public async Task<ListingView> Create(string authorId, ListingDraft draft)
    {
        if (State.Exists)
        {
            throw VoisinageException.Conflict("This listing already exists.");
        }

        var now = clock.GetUtcNow();
        var (neighbourhoodId, profile) = (await GrainFactory.StandingOf(authorId)).RequireVerifiedMember(StandingRules.NotVerifiedToPublish, StandingRules.NotMemberToPublish);
        var (valid, endsAt) = ListingRules.Validate(draft, now);
        var audience = new List<string> { neighbourhoodId };
        if (valid.RadiusMeters > 0 && profile.HomeCell is { } home)
        {
            // Measured from the author's block, never from the home itself.
            var centre = H3.CellToLatLng(Cells.BlockOf(home));
            var near = await GrainFactory.GetGrain<INeighbourhoodDirectoryGrain>(0).Near(centre.Lat, centre.Lng, valid.RadiusMeters);
            audience.AddRange(near.Select(n => n.Id).Where(id => id != neighbourhoodId));
        }

        await GrainFactory.GetGrain<IResidentQuotaGrain>(authorId).Spend(QuotaKind.Listing);
        return await Open(new ListingState
        {
            Draft = valid,
            AuthorId = authorId,
            NeighbourhoodId = neighbourhoodId,
            Audience = audience,
            Status = ListingStatus.Open,
            CreatedAt = now,
            EndsAt = endsAt,
        });
    }

    public async Task<ListingView> CreateForOrganisation(string memberId, string organisationId, IReadOnlyList<string> neighbourhoodIds, ListingDraft draft)
    {
        if (State.Exists)
        {
            throw VoisinageException.Conflict("This listing already exists.");
        }

        var now = clock.GetUtcNow();
        var (valid, endsAt) = ListingRules.ValidateForOrganisation(draft, now);
        var publisher = await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).AuthorizeListing(memberId, neighbourhoodIds);
        await GrainFactory.GetGrain<IResidentQuotaGrain>(memberId).Spend(QuotaKind.Listing);
        return await Open(new ListingState
        {
            Draft = valid,
            AuthorId = memberId,
            NeighbourhoodId = publisher.NeighbourhoodIds[0],
            Audience = [.. publisher.NeighbourhoodIds],
            Status = ListingStatus.Open,
            CreatedAt = now,
            EndsAt = endsAt,
            OrganisationId = organisationId,
            OrganisationName = publisher.Name,
        });
    }

    /// <summary>Saves a new listing, then its deadline, indexes and feeds (each idempotent, so a retry repairs).</summary>
    private async Task<ListingView> Open(ListingState created)
    {
        await Note(created.AuthorId);
        listing.State = created;
        await Save();
        await ScheduleDeadline();
        if (created.Draft!.Carpool is { } ride)
        {
            await GrainFactory.GetGrain<ICarpoolIndexGrain>(Cells.AreaOf(ride.OriginCell))
                .Add(new CarpoolIndexEntry(Id, ride.OriginCell, ride.DestinationCell));
        }

        await TellOrganisation();
        await PublishToFeeds(append: true);
        return View(created.AuthorId);
    }

    public async Task<ListingView> Get(string viewerId)
    {
        await RequireViewer(viewerId);
        return View(viewerId);
    }

    public async Task<ListingView> UpdateStatus(string residentId, ListingStatus status, string? counterpartId)
    {
        var draft = Draft;
        if (residentId != State.AuthorId)
        {
            throw VoisinageException.Forbidden("Only the author can change the status of a listing.");
        }

        if (!Enum.IsDefined(status) || !ListingRules.CanMove(draft.Kind, State.Status, status))
        {
            throw VoisinageException.Conflict($"A {draft.Kind} listing cannot go from {State.Status} to {status}.");
        }

        string? counterpart = null;
        if (status == ListingStatus.Agreed)
        {
            var candidates = Participants();
            counterpart = counterpartId ?? (candidates.Count == 1 ? candidates.First() : null);
            if (counterpart is null || !candidates.Contains(counterpart))
            {
                throw VoisinageException.BadInput("Agree with one of the residents who responded (counterpartId).");
            }
        }
        else if (counterpartId is not null)
        {
            throw VoisinageException.BadInput("counterpartId goes with AGREED only.");
        }

        State.Status = status;
        if (status is ListingStatus.Agreed or ListingStatus.Open)
        {
            State.CounterpartId = counterpart;
        }

        await Save();
        await AfterStatusChange();
        return View(residentId);
    }

    public async Task<ListingView> Pledge(string residentId, int quantity)
    {
        var terms = RequireKind(ListingKind.GroupPurchase).GroupPurchase!;
        await RequireViewer(residentId);
        RequireOpenBefore(terms.Deadline, "The deadline of this group purchase has passed.");
        if (quantity is < 1 or > ListingRules.MaxQuantity)
        {
            throw VoisinageException.BadInput($"quantity must be between 1 and {ListingRules.MaxQuantity}.");
        }

        await Note(residentId);
        State.Pledges[residentId] = quantity;
        var confirmed = State.Pledges.Values.Sum() >= terms.TargetQuantity;
        if (confirmed)
        {
            State.Status = ListingStatus.Confirmed;
        }

        await Save();
        if (confirmed)
        {
            await AfterStatusChange();
            await NotifyPledgers("GROUP_PURCHASE_CONFIRMED", $"« {Draft.Title} » reached its target: the group purchase is confirmed.");
        }

        return View(residentId);
    }

    public async Task<ListingView> Unpledge(string residentId)
    {
        var terms = RequireKind(ListingKind.GroupPurchase).GroupPurchase!;
        await RequireViewer(residentId);
        RequireOpenBefore(terms.Deadline, "The deadline of this group purchase has passed.");
        if (State.Pledges.Remove(residentId))
        {
            await Save();
        }

        return View(residentId);
    }

    public async Task<ListingView> BookSeat(string residentId)
    {
        var ride = RequireKind(ListingKind.Carpool).Carpool!;
        await RequireViewer(residentId);
        RequireOpenBefore(State.EndsAt, "This carpool has ended.");
        if (residentId == State.AuthorId)
        {
            throw VoisinageException.BadInput("The driver does not book a seat in their own car.");
        }

        if (State.Seats.Contains(residentId))
        {
            throw VoisinageException.Conflict("You already have a seat.");
        }

        if (State.Seats.Count + State.FormerSeats >= ride.Seats)
        {
            throw VoisinageException.Conflict("This carpool is full.");
        }

        await Note(residentId);
        State.Seats.Add(residentId);
        await Save();
        return View(residentId);
    }

    public async Task<ListingView> CancelSeat(string residentId)
    {
        RequireKind(ListingKind.Carpool);
        await RequireViewer(residentId);
        if (State.Seats.Remove(residentId))
        {
            await Save();
        }

        return View(residentId);
    }

    public async Task<ListingView> Rsvp(string residentId, bool going)
    {
        var meetup = RequireKind(ListingKind.Event).Event!;
        await RequireViewer(residentId);
        RequireOpenBefore(meetup.StartsAt, "This event has started.");
        if (going && !State.Going.Contains(residentId))
        {
            if (State.Going.Count + State.FormerGoing >= meetup.Capacity)
            {
                throw VoisinageException.Conflict("This event is full.");
            }

            await Note(residentId);
            State.Going.Add(residentId);
            await Save();
        }
        else if (!going && State.Going.Remove(residentId))
        {
            await Save();
        }

        return View(residentId);
    }

    public async Task<ConversationView> Respond(string residentId, string? message)
    {
        if (message is not null && (message.Trim().Length == 0 || message.Length > IConversationGrain.MaxText))
        {
            throw VoisinageException.BadInput($"message is 1 to {IConversationGrain.MaxText} characters.");
        }

        await RequireViewer(residentId);
        if (residentId == State.AuthorId)
        {
            throw VoisinageException.BadInput("You cannot respond to your own listing.");
        }

        if (ListingRules.IsFinal(State.Status))
        {
            throw VoisinageException.Conflict($"This listing is {State.Status}.");
        }

        // One conversation per listing and responder: responding again reopens it.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Id}:{residentId}"));
        var conversationId = ContentIds.ConversationPrefix + Convert.ToHexStringLower(hash)[..32];
        if (!State.Responders.Contains(residentId))
        {
            // Responding again reopens the same conversation: only a first response is a new write.
            await GrainFactory.GetGrain<IResidentQuotaGrain>(residentId).Spend(QuotaKind.Response);
            await Note(residentId);
            State.Responders.Add(residentId);
            await Save();
        }

        var conversation = GrainFactory.GetGrain<IConversationGrain>(conversationId);
        var view = await conversation.Open(Id, residentId, State.AuthorId);
        if (message is null)
        {
            return view;
        }

        await conversation.Send(residentId, message);
        return await conversation.Get(residentId);
    }

    public async Task ForgetResponder(string residentId)
    {
        var counterpart = State.CounterpartId == residentId;
        if (State.Responders.Remove(residentId) | counterpart)
        {
            if (counterpart)
            {
                State.CounterpartId = ResidentIds.Deleted;
            }

            await Save();
        }
    }

    public Task<ListingPart?> PartOf(string residentId)
    {
        if (!State.Exists)
        {
            return Task.FromResult<ListingPart?>(null);
        }

        var draft = Draft;
        return Task.FromResult<ListingPart?>(new ListingPart(
            Id,
            draft.Kind,
            draft.Title,
            State.Status,
            State.CreatedAt,
            State.AuthorId == residentId,
            State.Pledges.GetValueOrDefault(residentId),
            State.Seats.Contains(residentId),
            State.Going.Contains(residentId),
            State.Responders.Contains(residentId),
            State.CounterpartId == residentId,
            State.Thanks.Count(t => t.StartsWith(residentId + ">", StringComparison.Ordinal))));
    }

    public async Task ForgetResident(string residentId)
    {
        if (!State.Exists)
        {
            return;
        }

        // The thanks they gave stay counted by their receivers, from no one; told first, each idempotent.
        var given = State.Thanks.Where(t => t.StartsWith(residentId + ">", StringComparison.Ordinal)).ToList();
        foreach (var thank in given)
        {
            await GrainFactory.GetGrain<IThanksGrain>(thank[(residentId.Length + 1)..]).ForgetSender(Id, residentId);
        }

        var anonymised = ListingClosure.Forget(State, residentId);
        if (anonymised == ListingClosure.Outcome.Unchanged)
        {
            return;
        }

        await Save();
        if (anonymised == ListingClosure.Outcome.AuthorGone)
        {
            // Closed (if it was still going) and shown from no one: deadline, carpool index, organisation page, feeds.
            await AfterStatusChange();
        }
    }

    public async Task Thank(string fromId, string toId)
    {
        _ = Draft;
        if (State.Status != ListingStatus.Done)
        {
            throw VoisinageException.Conflict("Thanks come after the listing is DONE.");
        }

        if (toId == ResidentIds.Deleted)
        {
            throw VoisinageException.BadInput("This account was deleted.");
        }

        var participants = Participants();
        var fromAuthorToParticipant = fromId == State.AuthorId && participants.Contains(toId);
        var fromParticipantToAuthor = toId == State.AuthorId && participants.Contains(fromId);
        if (fromId != State.AuthorId && !participants.Contains(fromId))
        {
            throw VoisinageException.Forbidden("Only the author and the participants of this listing can thank.");
        }

        if (!fromAuthorToParticipant && !fromParticipantToAuthor)
        {
            throw VoisinageException.BadInput("Thank the other side of this listing.");
        }

        var key = $"{fromId}>{toId}";
        if (State.Thanks.Contains(key))
        {
            throw VoisinageException.Conflict("You have already thanked them for this listing.");
        }

        // Counted first (idempotent per listing and sender), so a retry after a failed write does not count twice.
        await GrainFactory.GetGrain<IThanksGrain>(toId).Receive(Id, fromId);
        State.Thanks.Add(key);
        await Save();
    }

    public async Task<ListingStatus> ApplyDeadlines()
    {
        if (!State.Exists)
        {
            return ListingStatus.Open;
        }

        var now = clock.GetUtcNow();
        if (State.Status == ListingStatus.Open && State.EndsAt is { } end && now >= end)
        {
            var purchase = Draft.Kind == ListingKind.GroupPurchase;
            State.Status = purchase ? ListingStatus.Failed : ListingStatus.Expired;
            await Save();
            await AfterStatusChange();
            if (purchase)
            {
                await NotifyPledgers("GROUP_PURCHASE_FAILED", $"« {Draft.Title} » did not reach its target by the deadline.");
            }
        }
        else
        {
            await ScheduleDeadline();
        }

        return State.Status;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeadlineReminder)
        {
            await ApplyDeadlines();
        }
    }

    public Task<ModerationSubject> Describe() =>
        Task.FromResult(new ModerationSubject(SubjectType.Listing, Id, State.NeighbourhoodId, State.AuthorId, Draft.Title, State.CreatedAt));

    public async Task<ModerationSubject> DescribeForReporter(string reporterId)
    {
        await RequireViewer(reporterId);
        return reporterId != State.AuthorId ? await Describe() : throw VoisinageException.BadInput("You cannot report your own listing.");
    }

    public async Task ApplyHidden(bool hidden)
    {
        if (!State.Exists)
        {
            return;
        }

        if (State.Moderation.Hidden != hidden)
        {
            State.Moderation = new ModerationState { Hidden = hidden };
            await Save();
        }

        await TellOrganisation();
        await PublishToFeeds(append: false);
    }

    /// <summary>The author, members of the audience; a hidden listing only to its author and leads.</summary>
    private async Task RequireViewer(string viewerId)
    {
        _ = Draft;
        if (viewerId == State.AuthorId)
        {
            return;
        }

        var viewer = await GrainFactory.StandingOf(viewerId);
        if (!await viewer.IsMemberOfAny(GrainFactory, State.Audience))
        {
            throw VoisinageException.Forbidden("This listing is for members of its neighbourhood.");
        }

        if (State.Moderation.Hidden && !await viewer.IsLeadOf(GrainFactory, State.NeighbourhoodId))
        {
            throw VoisinageException.NotFound("No such listing.");
        }
    }

    private ListingDraft RequireKind(ListingKind kind)
    {
        var draft = Draft;
        return draft.Kind == kind ? draft : throw VoisinageException.BadInput($"This works on {kind} listings only.");
    }

    private void RequireOpenBefore(DateTimeOffset? end, string message)
    {
        if (State.Status != ListingStatus.Open)
        {
            throw VoisinageException.Conflict($"This listing is {State.Status}.");
        }

        if (end is { } e && clock.GetUtcNow() >= e)
        {
            throw VoisinageException.Conflict(message);
        }
    }

    /// <summary>Who took part: the responders, the chosen counterpart, pledgers, passengers, attendees.</summary>
    private HashSet<string> Participants()
    {
        var all = new HashSet<string>(State.Responders);
        all.UnionWith(State.Pledges.Keys);
        all.UnionWith(State.Seats);
        all.UnionWith(State.Going);
        if (State.CounterpartId is { } c)
        {
            all.Add(c);
        }

        all.Remove(State.AuthorId);
        all.Remove(ResidentIds.Deleted);
        return all;
    }

    private async Task AfterStatusChange()
    {
        if (State.Status != ListingStatus.Open)
        {
            await DropDeadline();
        }
        else
        {
            await ScheduleDeadline();
        }

        if (ListingRules.IsFinal(State.Status) && Draft.Carpool is { } ride)
        {
            await GrainFactory.GetGrain<ICarpoolIndexGrain>(Cells.AreaOf(ride.OriginCell)).Remove(Id);
        }

        await TellOrganisation();
        await PublishToFeeds(append: false);
    }

    private async Task ScheduleDeadline()
    {
        if (State.Status != ListingStatus.Open || State.EndsAt is not { } end)
        {
            await DropDeadline();
            return;
        }

        var due = end - clock.GetUtcNow();
        due = due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due > MaxReminderDue ? MaxReminderDue : due;
        await this.RegisterOrUpdateReminder(DeadlineReminder, due, ReminderPeriod);
    }

    private async Task DropDeadline()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task NotifyPledgers(string kind, string text)
    {
        var notification = new Notification($"{Id}:{kind}", kind, Id, text, clock.GetUtcNow());
        var recipients = State.Pledges.Keys.Append(State.AuthorId).Where(r => r != ResidentIds.Deleted).Distinct();
        await Task.WhenAll(recipients.Select(r => GrainFactory.GetGrain<INotificationInboxGrain>(r).Add(notification)));
    }

    /// <summary>Tells the organisation it was published for (if any) what its page shows of it now.</summary>
    private async Task TellOrganisation()
    {
        if (State.OrganisationId is { } organisationId)
        {
            var draft = Draft;
            await GrainFactory.GetGrain<IOrganisationListingsGrain>(organisationId).Set(new OrganisationListing(
                Id, draft.Kind, draft.Title, Snippet(draft), State.Status, State.Moderation.Hidden, State.CreatedAt, State.EndsAt, draft.Event, [.. State.Audience]));
        }
    }

    private static string Snippet(ListingDraft draft) => draft.Description.Length > 280 ? draft.Description[..280] : draft.Description;

    private async Task PublishToFeeds(bool append)
    {
        var draft = Draft;
        // An organisation's listing names the organisation, never the member who wrote it.
        var item = new FeedItem(
            Id,
            FeedItemType.Listing,
            State.NeighbourhoodId,
            State.OrganisationId is null ? State.AuthorId : null,
            draft.Title,
            Snippet(draft),
            State.CreatedAt,
            draft.Kind,
            State.Status.ToString(),
            State.Moderation.Hidden,
            State.OrganisationName);
        await Task.WhenAll(State.Audience.Select(async id =>
        {
            var feed = GrainFactory.GetGrain<IFeedGrain>(await NeighbourhoodLookup.Resolve(GrainFactory, id) ?? id);
            await (append ? feed.Append(item) : feed.Update(item));
        }));
    }

    /// <summary>Notes this listing on the resident's side before it saves their id, so the closure finds it (<see cref="IResidentListingsGrain"/>).</summary>
    private Task Note(string residentId) => GrainFactory.GetGrain<IResidentListingsGrain>(residentId).Note(Id);

    private async Task Save()
    {
        try
        {
            await listing.WriteStateAsync();
        }
        catch
        {
            // The in-memory state is ahead of storage: start again from what was saved, so a refused change is no change.
            DeactivateOnIdle();
            throw;
        }
    }

    private ListingView View(string viewerId)
    {
        var draft = Draft;
        return new ListingView(
            Id,
            draft.Kind,
            State.NeighbourhoodId,
            State.AuthorId,
            draft.Title,
            draft.Description,
            State.Status,
            State.CreatedAt,
            State.EndsAt,
            draft.RadiusMeters,
            State.Moderation.Hidden,
            State.CounterpartId,
            draft.Loan,
            draft.Carpool is { } ride ? new CarpoolView(ride, State.Seats.Count + State.FormerSeats, State.Seats.Contains(viewerId)) : null,
            draft.GroupPurchase is { } terms
                ? new GroupPurchaseView(terms, State.Pledges.Values.Sum(), State.Pledges.Count, State.Pledges.GetValueOrDefault(viewerId))
                : null,
            draft.Event is { } meetup ? new EventView(meetup, State.Going.Count + State.FormerGoing, State.Going.Contains(viewerId)) : null,
            draft.Page,
            State.OrganisationId,
            State.OrganisationName);
    }
}
