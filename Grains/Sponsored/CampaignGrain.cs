using Microsoft.Extensions.Options;
using Voisinage.Geo;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Sponsored;

/// <summary>
/// One sponsored campaign (see <see cref="ICampaignGrain"/>). Its single activation is the counter: impressions are
/// deduplicated per resident and day and stop at the number bought, because every count is made, synchronously, in a
/// turn of this grain.
/// </summary>
/// <remarks>
/// <see cref="Serve"/> interleaves (every feed read of the target calls it): concurrent counts share one group write
/// (<see cref="CoalescedWrites"/>) instead of one write each in a queue, and every write of the grain goes through it.
/// An impression is shown only once the write holding its count succeeded, so a crash loses only counts nobody was shown
/// (their calls fail), never one that was: the number bought is never exceeded. Other methods run between the awaits of
/// <see cref="Serve"/>: they change the campaign as it is after their own awaits (<see cref="Current"/>), not a copy
/// taken before, or a count made meanwhile would be lost.
/// </remarks>
internal sealed partial class CampaignGrain(
    [PersistentState("campaign", StorageNames.Voisinage)] IPersistentState<CampaignState> state,
    IOptions<SponsoredOptions> options,
    TimeProvider clock) : Grain, ICampaignGrain, IRemindable
{
    /// <summary>Wakes the campaign after each UTC midnight to forget the day's dedup in storage too, even when nobody reads.</summary>
    private const string DayReminder = "campaign-day";

    private CoalescedWrites? _writes;

    /// <summary>The write that holds the latest count: an impression counted but not saved yet is shown once it is.</summary>
    private Task _lastCount = Task.CompletedTask;

    private string Id => this.GetPrimaryKeyString();

    private CoalescedWrites Writes => _writes ??= new CoalescedWrites(() => state.WriteStateAsync(), DeactivateOnIdle);

    private Campaign Current => state.State.Campaign ?? throw VoisinageException.NotFound("No such campaign.");

    public async Task<Campaign> Create(string actorId, string organisationId, CampaignDraft draft)
    {
        if (state.State.Campaign is { } existing)
        {
            return state.State.CreatorId == actorId && existing.OrganisationId == organisationId ? existing : throw VoisinageException.Conflict("This campaign already exists.");
        }

        var now = clock.GetUtcNow();
        var valid = CampaignRules.Validate(draft, now, options.Value);
        var business = GrainFactory.GetGrain<IOrganisationGrain>(organisationId);
        var organisation = await business.Get() ?? throw VoisinageException.NotFound("No such organisation.");
        if (await business.RoleOf(actorId) is null)
        {
            throw VoisinageException.Forbidden("Only the business's admins and editors run its campaigns.");
        }

        if (organisation.Kind != OrganisationKind.Business)
        {
            throw VoisinageException.Forbidden("Only a business runs sponsored campaigns.");
        }

        if (organisation.Status != OrganisationStatus.Verified)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "A business runs campaigns once an operator has verified it.");
        }

        if (organisation.Reach is not { } reach)
        {
            throw VoisinageException.Conflict("Set the business's reach before running a campaign.");
        }

        var cells = await Targets(business, reach, valid.NeighbourhoodIds);
        await GrainFactory.GetGrain<IResidentQuotaGrain>(actorId).Spend(QuotaKind.Campaign);
        // Noted before the campaign holds their id: the creator's account closure finds it.
        await GrainFactory.GetGrain<IResidentSponsoredGrain>(actorId).NoteCampaign(Id);

        var campaign = new Campaign(
            Id, organisationId, organisation.Name, valid.Title, valid.Text, valid.NeighbourhoodIds, valid.StartsAt, valid.EndsAt,
            valid.Impressions, 0, CampaignStatus.Pending, null, now);
        state.State = new CampaignState { Campaign = campaign, CreatorId = actorId, TargetCells = cells };
        await Writes.Save();
        await GrainFactory.GetGrain<ICampaignDirectoryGrain>(0).Set(Id, organisationId, CampaignStatus.Pending);
        return campaign;
    }

    public Task<Campaign?> Get() => Task.FromResult(state.State.Campaign);

    public async Task<Campaign> Decide(string operatorId, bool approve, string reason)
    {
        var campaign = Current;
        var why = TextRules.Text(reason, "reason", CampaignRules.MaxReason, required: !approve);
        if (!(await GrainFactory.StandingOf(operatorId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators approve sponsored campaigns.");
        }

        if (campaign.Status != CampaignStatus.Pending)
        {
            throw VoisinageException.Conflict($"This campaign is already {campaign.Status.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        var status = approve ? CampaignStatus.Approved : CampaignStatus.Rejected;
        var shards = approve ? OrganisationAreaRules.ByShard(state.State.TargetCells.Select(H3Index.Parse)) : [];

        // The index first: while the campaign is still pending here, an entry there shows nothing (Serve refuses), so a
        // failure between the two writes never shows an unapproved campaign.
        await Task.WhenAll(shards.Select(s => Index(s.Key).Set(Id, s.Value)));
        state.State.Campaign = Current with { Status = status, Decision = why.Length > 0 ? why : null };
        state.State.Shards = [.. shards.Keys];
        await Writes.Save();
        if (approve)
        {
            var sinceMidnight = now.UtcDateTime.TimeOfDay;
            await this.RegisterOrUpdateReminder(DayReminder, TimeSpan.FromDays(1) - sinceMidnight + TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        }

        var entry = new ModerationEntry(
            // A campaign reworded by its business is decided again: each decision is its own entry.
            $"campaign:{Id}:{state.State.Log.Count}", now, approve ? ModerationAction.CampaignApproved : ModerationAction.CampaignRejected,
            operatorId, null, Id, null, null, why, null);
        await GrainFactory.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).Append(entry);
        await GrainFactory.GetGrain<ICampaignDirectoryGrain>(0).Set(Id, campaign.OrganisationId, status);
        return state.State.Campaign;
    }

    public async Task<bool> Serve(string residentId, string neighbourhoodId)
    {
        var campaign = Current;
        var now = clock.GetUtcNow();
        _ = TurnDay(now);
        var key = CampaignRules.DedupKey(Id, state.State.Day, residentId);
        if (state.State.CountedToday.Contains(key))
        {
            // Counted today already: showing it again costs nothing and counts nothing, once that count is saved.
            await SavedCounts();
            return campaign.Status == CampaignStatus.Approved && now >= campaign.StartsAt && now < campaign.EndsAt;
        }

        if (!campaign.IsRunning(now))
        {
            return false;
        }

        // The whole count in this turn, before any await: interleaved calls see it, so none counts twice or past the number.
        state.State.CountedToday.Add(key);
        if (!state.State.Tallies.TryGetValue(neighbourhoodId, out var tally))
        {
            state.State.Tallies[neighbourhoodId] = tally = new NeighbourhoodTally();
        }

        tally.Impressions++;
        tally.Today++;
        state.State.Campaign = campaign with { Delivered = campaign.Delivered + 1 };
        var soldOut = state.State.Campaign.Delivered == campaign.Impressions;
        var saving = Writes.Save();
        _lastCount = saving;
        await saving;
        if (soldOut)
        {
            // Sold out: leave the index so feeds stop asking (Serve refuses anyway, so a failure here over-delivers nothing).
            await Task.WhenAll(state.State.Shards.Select(s => Index(s).Set(Id, [])));
        }

        return true;
    }

    /// <summary>Waits for the write holding the latest count; writes again when that one failed (its counts are in memory).</summary>
    private Task SavedCounts()
    {
        if (_lastCount.IsFaulted || _lastCount.IsCanceled)
        {
            _lastCount = Writes.Save();
        }

        return _lastCount;
    }

    public async Task<CampaignStatistics> Statistics(string viewerId)
    {
        var campaign = Current;
        if (await GrainFactory.GetGrain<IOrganisationGrain>(campaign.OrganisationId).RoleOf(viewerId) is null
            && !(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only the business's members and operators see its campaigns' statistics.");
        }

        _ = TurnDay(clock.GetUtcNow());
        var rows = state.State.Tallies
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new NeighbourhoodImpressions(t.Key, t.Value.ResidentsAtLeast >= CampaignStatistics.MinResidents ? t.Value.Impressions : null));
        return new CampaignStatistics(campaign.Delivered, campaign.Impressions, [.. rows]);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DayReminder || state.State.Campaign is not { } campaign)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (TurnDay(now))
        {
            await Writes.Save();
        }

        // Over (ended or sold out) and nothing of the day left to forget: no more wake-ups.
        if ((now >= campaign.EndsAt || campaign.Delivered >= campaign.Impressions) && state.State.CountedToday.Count == 0
            && await this.GetReminder(DayReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>
    /// A new day forgets yesterday's dedup (in memory now, in storage with the next write) after folding each
    /// neighbourhood's count of residents into its best day.
    /// </summary>
    /// <returns>Whether the day turned.</returns>
    private bool TurnDay(DateTimeOffset now)
    {
        var day = CampaignRules.Day(now);
        if (state.State.Day == day)
        {
            return false;
        }

        foreach (var tally in state.State.Tallies.Values)
        {
            tally.MostInADay = tally.ResidentsAtLeast;
            tally.Today = 0;
        }

        state.State.Day = day;
        state.State.CountedToday = [];
        return true;
    }

    private IOrganisationAreaIndexGrain Index(string shard) => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(CampaignRules.IndexKey(shard));

    /// <summary>The target's cells: the whole reach, or neighbourhoods the reach lists (BAD_USER_INPUT for any other).</summary>
    private async Task<List<string>> Targets(IOrganisationGrain business, OrganisationReach reach, IReadOnlyList<string> neighbourhoodIds)
    {
        if (neighbourhoodIds.Count == 0)
        {
            return [.. await business.GetAreaCells()];
        }

        var cells = new List<string>();
        foreach (var id in neighbourhoodIds)
        {
            if (!reach.NeighbourhoodIds.Contains(id))
            {
                throw VoisinageException.BadInput("A campaign targets neighbourhoods within the business's reach.");
            }

            var summary = await NeighbourhoodLookup.Summary(GrainFactory, id) ?? throw VoisinageException.NotFound("No such neighbourhood.");
            cells.AddRange(summary.Cells);
        }

        return [.. H3.CompactCells(cells.Distinct().Select(H3Index.Parse)).Select(c => c.ToString())];
    }
}
