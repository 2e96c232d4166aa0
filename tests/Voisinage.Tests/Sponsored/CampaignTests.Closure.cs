using Voisinage.Grains;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Sponsored;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Sponsored;

/// <summary>A member who deletes their account: the business keeps its campaign and its log, without their id.</summary>
public sealed partial class CampaignTests
{
    [Fact]
    public async Task A_member_who_deletes_their_account_leaves_the_campaign_and_its_log_to_the_business_without_their_id()
    {
        var (admin, businessId, founder, neighbourhood, place) = await Setup();
        var editor = await Neighbours.NewVerifiedResident(Grains, place);
        await Grains.GetGrain<IOrganisationGrain>(businessId).AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        var campaign = await Approved(editor, businessId);
        await campaign.Pause(editor.Id());
        await campaign.Resume(admin.Id());
        Assert.Equal([editor.Id(), admin.Id()], (await campaign.GetLog(admin.Id())).Select(e => e.ActorId));

        await editor.DeleteAccount("a long password");

        // The business keeps the campaign running and what was done, by "a deleted account" for the editor's part.
        var log = await campaign.GetLog(admin.Id());
        Assert.Equal([ResidentIds.Deleted, admin.Id()], log.Select(e => e.ActorId));
        Assert.Equal(CampaignStatus.Approved, (await campaign.Get())!.Status);
        Assert.Equal([10], SponsoredPositions(await Read(founder, neighbourhood)));

        // The creator is no longer known: their retried creation no longer answers the campaign (nobody is its creator).
        await AssertRefused(ErrorCodes.Conflict, () => campaign.Create(editor.Id(), businessId, Draft()));

        // A repeat (a resumed closure) changes nothing.
        await Grains.GetGrain<IResidentSponsoredGrain>(editor.Id()).Forget();
        Assert.Equal(log, await campaign.GetLog(admin.Id()));
    }
}
