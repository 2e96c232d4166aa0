using Voisinage.Geo;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Sponsored;

/// <summary>
/// What a business does to a campaign once created: edit, pause, resume, cancel. Each is checked before anything is
/// spent or written, logged in the same write as the change, and followed by the index: a campaign that may be served
/// is written into its shards before it is saved, one that may not is taken out after, so in between
/// <see cref="Serve"/> (which reads the saved status) never serves what should not be.
/// </summary>
internal sealed partial class CampaignGrain
{
    public async Task<Campaign> Edit(string actorId, CampaignChanges changes)
    {
        var campaign = Current;
        await RequireActor(campaign, actorId, mustBeVerified: true);
        RequireRoomInLog();
        if (campaign.Status is CampaignStatus.Rejected or CampaignStatus.Cancelled)
        {
            throw VoisinageException.Conflict($"This campaign is {Word(campaign.Status)}: it can no longer be changed.");
        }

        var (changed, reworded) = CampaignRules.Change(campaign, changes, clock.GetUtcNow(), options.Value);
        var detail = CampaignRules.Changed(campaign, changed);
        if (detail.Length == 0)
        {
            return campaign;
        }

        if (reworded && campaign.Status != CampaignStatus.Pending)
        {
            // New words are checked again by an operator, as a new campaign would be, and cost what one costs.
            changed = changed with { Status = CampaignStatus.Pending, Decision = null };
            detail += "; PENDING";
            await GrainFactory.GetGrain<IResidentQuotaGrain>(actorId).Spend(QuotaKind.Campaign);
        }

        return await Apply(changed, CampaignLogAction.Edited, actorId, detail);
    }

    public async Task<Campaign> Pause(string actorId)
    {
        var campaign = Current;
        await RequireActor(campaign, actorId, mustBeVerified: false);
        RequireStatus(campaign, "paused", CampaignStatus.Approved);
        RequireRoomInLog();
        return await Apply(campaign with { Status = CampaignStatus.Paused }, CampaignLogAction.Paused, actorId, string.Empty);
    }

    public async Task<Campaign> Resume(string actorId)
    {
        var campaign = Current;
        await RequireActor(campaign, actorId, mustBeVerified: true);
        RequireStatus(campaign, "resumed", CampaignStatus.Paused);
        RequireRoomInLog();
        return await Apply(campaign with { Status = CampaignStatus.Approved }, CampaignLogAction.Resumed, actorId, string.Empty);
    }

    public async Task<Campaign> Cancel(string actorId)
    {
        var campaign = Current;
        await RequireActor(campaign, actorId, mustBeVerified: false);
        RequireStatus(campaign, "cancelled", CampaignStatus.Pending, CampaignStatus.Approved, CampaignStatus.Paused);
        return await Apply(campaign with { Status = CampaignStatus.Cancelled }, CampaignLogAction.Cancelled, actorId, string.Empty);
    }

    public async Task<IReadOnlyList<CampaignLogEntry>> GetLog(string viewerId)
    {
        var campaign = Current;
        if (await GrainFactory.GetGrain<IOrganisationGrain>(campaign.OrganisationId).RoleOf(viewerId) is null
            && !(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only the business's members and operators see its campaigns' history.");
        }

        return state.State.Log;
    }

    private static string Word(CampaignStatus status) => status.ToString().ToLowerInvariant();

    private static void RequireStatus(Campaign campaign, string verb, params CampaignStatus[] from)
    {
        if (!from.Contains(campaign.Status))
        {
            throw VoisinageException.Conflict($"A {Word(campaign.Status)} campaign cannot be {verb}.");
        }
    }

    /// <summary>An admin or editor of the campaign's business (FORBIDDEN otherwise), of a verified one if asked (NOT_VERIFIED).</summary>
    private async Task RequireActor(Campaign campaign, string actorId, bool mustBeVerified)
    {
        var business = GrainFactory.GetGrain<IOrganisationGrain>(campaign.OrganisationId);
        if (await business.RoleOf(actorId) is null)
        {
            throw VoisinageException.Forbidden("Only the business's admins and editors run its campaigns.");
        }

        if (mustBeVerified && (await business.Get())?.Status != OrganisationStatus.Verified)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "A business runs campaigns once an operator has verified it.");
        }

    }

    public async Task Forget(string residentId)
    {
        if (state.State.CreatorId != residentId && !state.State.Log.Any(e => e.ActorId == residentId))
        {
            return;
        }

        // One synchronous change, saved through the grain's one writer (Serve interleaves and saves counts through it too).
        if (state.State.CreatorId == residentId)
        {
            state.State.CreatorId = ResidentIds.Deleted;
        }

        state.State.Log = [.. state.State.Log.Select(e => e.ActorId == residentId ? e with { ActorId = ResidentIds.Deleted } : e)];
        await Writes.Save();
    }

    /// <summary>Bounds the log and the index writes a member can cause (pause, resume, pause...); cancelling stays possible.</summary>
    private void RequireRoomInLog()
    {
        if (state.State.Log.Count >= CampaignRules.MaxChanges)
        {
            throw VoisinageException.Conflict($"A campaign is changed at most {CampaignRules.MaxChanges} times.");
        }
    }

    /// <summary>Saves the change with its log entry, then tells the index and the directory (both idempotent: a retry repairs).</summary>
    private async Task<Campaign> Apply(Campaign changed, CampaignLogAction action, string actorId, string detail)
    {
        // Noted before the log holds their id: the member's account closure finds this campaign.
        await GrainFactory.GetGrain<IResidentSponsoredGrain>(actorId).NoteCampaign(Id);
        var served = changed.Status == CampaignStatus.Approved && changed.Delivered < changed.Impressions;
        if (served)
        {
            var shards = OrganisationAreaRules.ByShard(state.State.TargetCells.Select(H3Index.Parse));
            await Task.WhenAll(shards.Select(s => Index(s.Key).Set(Id, s.Value)));
            state.State.Shards = [.. shards.Keys];
        }

        // Serve interleaves and may have counted during the awaits above: the change applies to the campaign as it is now,
        // keeping its count (and never below it), and is saved through the grain's one writer.
        var now = Current;
        changed = now with
        {
            Title = changed.Title, Text = changed.Text, StartsAt = changed.StartsAt, EndsAt = changed.EndsAt,
            Impressions = Math.Max(changed.Impressions, now.Delivered), Status = changed.Status, Decision = changed.Decision,
        };
        state.State.Campaign = changed;
        state.State.Log.Add(new CampaignLogEntry(clock.GetUtcNow(), action, actorId, detail));
        await Writes.Save();

        if (!served)
        {
            await Task.WhenAll(state.State.Shards.Select(s => Index(s).Set(Id, [])));
        }

        await GrainFactory.GetGrain<ICampaignDirectoryGrain>(0).Set(Id, changed.OrganisationId, changed.Status);
        return changed;
    }
}
