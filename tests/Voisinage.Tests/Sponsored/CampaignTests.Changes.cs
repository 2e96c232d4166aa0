using Voisinage.Grains;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Sponsored;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Sponsored;

/// <summary>A business edits, pauses, resumes and cancels its campaigns; the feed serves only what is approved and running.</summary>
public sealed partial class CampaignTests
{
    private static CampaignChanges Nothing => new(null, null, null, null, null);

    /// <summary>What an edit may change, comparable by value (the record's target list compares by reference).</summary>
    private static object Shape(Campaign? c) => (c!.Title, c.Text, c.StartsAt, c.EndsAt, c.Impressions, c.Delivered, c.Status, c.Decision);

    [Fact]
    public async Task A_member_pauses_resumes_and_cancels_and_a_paused_or_cancelled_campaign_is_never_served()
    {
        var (admin, businessId, founder, neighbourhood, place) = await Setup();
        var editor = await Neighbours.NewVerifiedResident(Grains, place);
        await Grains.GetGrain<IOrganisationGrain>(businessId).AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        var stranger = await Neighbours.NewVerifiedResident(Grains, place);
        var other = await AlertPlaces.Join(Grains, place, neighbourhood);
        var campaign = await Approved(admin, businessId);
        var id = campaign.GetPrimaryKeyString();
        Assert.Equal([10], SponsoredPositions(await Read(founder, neighbourhood)));

        await AssertRefused(ErrorCodes.Forbidden, () => campaign.Pause(stranger.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Resume(admin.Id()));
        Assert.Equal(CampaignStatus.Paused, (await campaign.Pause(editor.Id())).Status);
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Pause(admin.Id()));

        // Paused: nobody is served it, neither a resident already counted today nor a new one, and nothing is counted.
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood)));
        Assert.Empty(SponsoredPositions(await Read(other, neighbourhood)));
        Assert.Equal(1, (await campaign.Get())!.Delivered);

        Assert.Equal(CampaignStatus.Approved, (await campaign.Resume(admin.Id())).Status);
        Assert.Equal([10], SponsoredPositions(await Read(other, neighbourhood)));
        Assert.Equal(2, (await campaign.Get())!.Delivered);

        await AssertRefused(ErrorCodes.Forbidden, () => campaign.Cancel(stranger.Id()));
        Assert.Equal(CampaignStatus.Cancelled, (await campaign.Cancel(editor.Id())).Status);
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood)));
        Assert.Empty(SponsoredPositions(await Read(other, neighbourhood)));

        // Cancelled is final.
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Resume(admin.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Pause(admin.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Cancel(admin.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Edit(admin.Id(), Nothing with { Impressions = 2_000 }));
        Assert.Equal(CampaignStatus.Cancelled, (await campaign.Get())!.Status);

        var log = await campaign.GetLog(admin.Id());
        Assert.Equal([CampaignLogAction.Paused, CampaignLogAction.Resumed, CampaignLogAction.Cancelled], log.Select(e => e.Action));
        Assert.Equal([editor.Id(), admin.Id(), editor.Id()], log.Select(e => e.ActorId));
        Assert.Equal(3, (await campaign.GetLog(TestSettings.OperatorId)).Count);
        await AssertRefused(ErrorCodes.Forbidden, () => campaign.GetLog(stranger.Id()));
        Assert.Contains(id, await Grains.GetGrain<ICampaignDirectoryGrain>(0).OfOrganisation(admin.Id(), businessId));
    }

    [Fact]
    public async Task A_pending_campaign_cancelled_leaves_the_operators_queue_and_a_rejected_one_cannot_change()
    {
        var (admin, businessId, _, _, _) = await Setup();
        var pending = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
        await pending.Create(admin.Id(), businessId, Draft());
        await AssertRefused(ErrorCodes.Conflict, () => pending.Pause(admin.Id()));
        await pending.Cancel(admin.Id());
        Assert.DoesNotContain(pending.GetPrimaryKeyString(), await Grains.GetGrain<ICampaignDirectoryGrain>(0).Pending(TestSettings.OperatorId));
        await AssertRefused(ErrorCodes.Conflict, () => pending.Decide(TestSettings.OperatorId, approve: true, string.Empty));

        var rejected = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
        await rejected.Create(admin.Id(), businessId, Draft());
        await rejected.Decide(TestSettings.OperatorId, approve: false, "Allégation non vérifiable.");
        await AssertRefused(ErrorCodes.Conflict, () => rejected.Edit(admin.Id(), Nothing with { Text = "Autre texte." }));
        await AssertRefused(ErrorCodes.Conflict, () => rejected.Cancel(admin.Id()));
        Assert.Empty(await rejected.GetLog(admin.Id()));
    }

    [Fact]
    public async Task An_edit_keeps_at_least_the_delivered_impressions_and_new_words_go_back_to_the_operators()
    {
        var (admin, businessId, founder, neighbourhood, place) = await Setup();
        var others = new[] { await AlertPlaces.Join(Grains, place, neighbourhood), await AlertPlaces.Join(Grains, place, neighbourhood) };
        var stranger = await Neighbours.NewVerifiedResident(Grains, place);
        var campaign = await Approved(admin, businessId);
        await Read(founder, neighbourhood);
        await Read(others[0], neighbourhood);
        var before = (await campaign.Get())!;
        Assert.Equal(2, before.Delivered);

        // Refusals change nothing.
        await AssertRefused(ErrorCodes.BadUserInput, () => campaign.Edit(admin.Id(), Nothing with { Impressions = 1 }));
        await AssertRefused(ErrorCodes.BadUserInput, () => campaign.Edit(admin.Id(), Nothing with { Impressions = 50_001 }));
        await AssertRefused(ErrorCodes.BadUserInput, () => campaign.Edit(admin.Id(), Nothing with { Title = " " }));
        await AssertRefused(ErrorCodes.BadUserInput, () => campaign.Edit(admin.Id(), Nothing with { EndsAt = before.StartsAt.AddMinutes(-1) }));
        await AssertRefused(ErrorCodes.BadUserInput, () => campaign.Edit(admin.Id(), Nothing with { EndsAt = before.StartsAt.AddDays(91) }));
        await AssertRefused(ErrorCodes.Forbidden, () => campaign.Edit(stranger.Id(), Nothing with { Impressions = 2 }));
        Assert.Equal(Shape(before), Shape(await campaign.Get()));

        // The same values again: nothing written, nothing logged.
        Assert.Equal(Shape(before), Shape(await campaign.Edit(admin.Id(), new CampaignChanges(before.Title, before.Text, before.StartsAt, before.EndsAt, before.Impressions))));
        Assert.Empty(await campaign.GetLog(admin.Id()));

        // Down to what is delivered (sold out: it leaves the feed), then up again: it is served again, still approved.
        var soldOut = await campaign.Edit(admin.Id(), Nothing with { Impressions = 2, EndsAt = before.EndsAt.AddDays(1) });
        Assert.Equal((CampaignStatus.Approved, 2), (soldOut.Status, soldOut.Impressions));
        Assert.Empty(SponsoredPositions(await Read(others[1], neighbourhood)));
        await campaign.Edit(admin.Id(), Nothing with { Impressions = 3 });
        Assert.Equal([10], SponsoredPositions(await Read(others[1], neighbourhood)));
        Assert.Equal(3, (await campaign.Get())!.Delivered);

        // New words: back to PENDING, out of the feed and into the operators' queue until approved again.
        var reworded = await campaign.Edit(admin.Id(), Nothing with { Text = "Nouvelle fournée le dimanche.", Impressions = 100 });
        Assert.Equal((CampaignStatus.Pending, "Nouvelle fournée le dimanche.", 100), (reworded.Status, reworded.Text, reworded.Impressions));
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood)));
        Assert.Contains(reworded.Id, await Grains.GetGrain<ICampaignDirectoryGrain>(0).Pending(TestSettings.OperatorId));
        await campaign.Decide(TestSettings.OperatorId, approve: true, string.Empty);
        Assert.Equal([10], SponsoredPositions(await Read(founder, neighbourhood)));
        var decisions = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).List(TestSettings.OperatorId, 100, null);
        Assert.Equal(2, decisions.Entries.Count(e => e.Action == ModerationAction.CampaignApproved && e.SubjectId == reworded.Id));

        var log = await campaign.GetLog(admin.Id());
        Assert.Equal(["endsAt impressions", "impressions", "text impressions; PENDING"], log.Select(e => e.Detail));
        Assert.All(log, e => Assert.Equal((CampaignLogAction.Edited, admin.Id()), (e.Action, e.ActorId)));
    }
}
