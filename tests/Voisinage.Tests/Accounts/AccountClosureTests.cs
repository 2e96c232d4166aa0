using System.Text.Json.Nodes;
using Orleans.Runtime.Placement;
using Orleans.Storage;
using Orleans.TestingHost;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Neighbourhoods;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Accounts;

/// <summary>Account closure is a saved plan of steps: a silo killed midway leaves nothing half erased.</summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
[Trait(Category.Name, Category.Fault)]
public sealed class AccountClosureTests(ChaosClusterFixture fixture)
{
    private const string Password = "a long password";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_closure_cut_short_by_a_silo_kill_is_finished_by_the_next_activation_and_erases_every_part()
    {
        var block = NeighbourhoodChangeTests.Block(40_000, 9_000);
        var home = NeighbourhoodChangeTests.Home(block);
        var founder = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, home);
        var neighbourhoodId = await founder.AsMembership().FoundNeighbourhood("Les Pentes");

        // The silo to kill must not be the primary: it holds the test cluster's membership.
        var leaving = await OnASecondarySilo(home);
        var leavingId = leaving.Id();
        var email = (await leaving.GetProfile())!.Email;
        await leaving.AsMembership().JoinNeighbourhood(neighbourhoodId);
        await Grains.GetGrain<IResidentPushGrain>(leavingId).RegisterDevice(PushPlatform.Fcm, "device-token-closure");
        var alert = await Grains.GetGrain<IResidentAlertsGrain>(leavingId).Raise(new AlertDraft(AlertKind.Event, "Fête des voisins", "", 0));
        var candidate = await Neighbours.NewResident(Grains, home);
        await candidate.AsVerification().ReceiveVouch(leavingId);

        // The export lists the instants the quotas keep (as a post would, one use spent).
        await Grains.GetGrain<Voisinage.Grains.RateLimits.IResidentQuotaGrain>(leavingId).Spend(Voisinage.Grains.RateLimits.QuotaKind.Post);
        Assert.Single(JsonNode.Parse(await leaving.ExportData())!["recentWrites"]!["Post"]!.AsArray());

        // The plan's first save and the save after closing the account go through; the next one (after the vouches
        // were withdrawn) is held, and the silo dies under it.
        var silo = await SiloOf(leaving);
        Task deleting;
        using (var hold = SharedStorage.HoldWrites("resident", leavingId, letThrough: 2))
        {
            deleting = leaving.DeleteAccount(Password);
            await hold.Reached.WaitAsync(TimeSpan.FromSeconds(60));
            await fixture.Cluster.KillSiloAsync(silo);
        }

        // The caller of the killed call learns nothing reliable; what matters is what the store ends with.
        _ = await Record.ExceptionAsync(() => deleting);
        await fixture.Cluster.StartAdditionalSiloAsync();

        // The next activation finishes the plan before it answers.
        Assert.Null(await WhileTheClusterRecovers(() => leaving.GetProfile()));
        Assert.Null(await leaving.GetTokenVersion());
        Assert.Equal(StandingLevel.NoAccount, (await leaving.AsMembership().GetStanding()).Level);

        // Every part is erased: the login, the membership, the devices, the pseudo on the alert, the vouch given.
        var login = await Assert.ThrowsAsync<VoisinageException>(() => Grains.GetGrain<IAccountsGrain>(0).Login(email, Password));
        Assert.Equal(ErrorCodes.Unauthenticated, login.Code);
        var current = await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(neighbourhoodId);
        Assert.NotNull(current);
        Assert.Equal(MemberRole.None, await Grains.GetGrain<INeighbourhoodGrain>(current).GetRole(leavingId));
        Assert.NotEqual(MemberRole.None, await Grains.GetGrain<INeighbourhoodGrain>(current).GetRole(founder.Id()));
        Assert.Empty(await Grains.GetGrain<IResidentPushGrain>(leavingId).GetDevices());
        Assert.Empty(await Grains.GetGrain<IResidentAlertsGrain>(leavingId).GetRaised());
        Assert.Empty(await Grains.GetGrain<Voisinage.Grains.RateLimits.IResidentQuotaGrain>(leavingId).GetRecentUses());
        var kept = (await Grains.GetGrain<IAlertGrain>(alert.Id).Get())!;
        Assert.Equal(Alert.ErasedPseudo, kept.RaiserPseudo);
        Assert.Equal(ResidentIds.Deleted, kept.RaiserId);
        var copy = Assert.Single((await Grains.GetGrain<IAlertDirectoryGrain>(0).ReadFor(founder.Id(), current, 0, 100)).Alerts, a => a.Id == alert.Id);
        Assert.Equal((Alert.ErasedPseudo, ResidentIds.Deleted), (copy.RaiserPseudo, copy.RaiserId));
        Assert.Empty(JsonNode.Parse(await candidate.ExportData())!["verification"]!["vouchesReceived"]!.AsArray());
        var gone = await Assert.ThrowsAsync<VoisinageException>(() => leaving.ExportData());
        Assert.Equal(ErrorCodes.Unauthenticated, gone.Code);
    }

    [Fact]
    public async Task A_wrong_password_leaves_no_plan_behind()
    {
        var resident = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, NeighbourhoodChangeTests.Home(NeighbourhoodChangeTests.Block(43_000, 9_000)));
        var before = await resident.GetProfile();

        var refused = await Assert.ThrowsAsync<VoisinageException>(() => resident.DeleteAccount("not my password"));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);

        // A new activation reads the stored state: no closure to resume, the resident untouched.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(before, await resident.GetProfile());
        Assert.NotNull(await resident.GetTokenVersion());
    }

    [Fact]
    public async Task A_closure_deletes_the_copies_of_announcements_earlier_versions_kept_per_resident()
    {
        var resident = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, NeighbourhoodChangeTests.Home(NeighbourhoodChangeTests.Block(45_000, 9_000)));
        var legacy = GrainId.Create("residentannouncements", resident.Id());
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Orleans.Serialization.Serializer>();
        var copy = new Announcement("ann_legacy", "org_legacy", "Mairie", AnnouncementKind.Works, "Travaux rue des Lilas", "Rue fermée lundi", DateTimeOffset.UnixEpoch);
        SharedStorage.Overwrite(serializer, "announcements", legacy, new ResidentAnnouncementsState { Items = [copy] });

        await resident.DeleteAccount(Password);

        // The row an earlier version wrote under the resident's id is deleted, not left empty (only that grain's clear removes it).
        Assert.False(SharedStorage.Stores("announcements", legacy));
    }

    [Fact]
    public async Task A_recommendation_saved_before_residents_noted_theirs_is_exported_and_withdrawn_by_the_closure()
    {
        // Saved by an earlier version: the organisation's side only, for a live resident and for one already deleted.
        var home = NeighbourhoodChangeTests.Home(NeighbourhoodChangeTests.Block(46_000, 9_000));
        var resident = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, home);
        var gone = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, home);
        await gone.DeleteAccount(Password);
        var organisationId = $"org_{Guid.NewGuid():N}";
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Orleans.Serialization.Serializer>();
        var old = new OrganisationRecommendationsState { By = { [resident.Id()] = "891f915a0a3ffff", [gone.Id()] = "891f915a0a3ffff" } };
        SharedStorage.Overwrite(serializer, "recommendations", GrainId.Create("organisationrecommendations", organisationId), old);

        // Its next activation notes the live resident's on their side (the deleted one's is withdrawn): the export lists it.
        var recommendations = Grains.GetGrain<IOrganisationRecommendationsGrain>(organisationId);
        Assert.Equal(1, (await recommendations.Get(null)).Total);
        var exported = JsonNode.Parse(await resident.ExportData())!["recommendations"]!.AsArray();
        Assert.Equal([organisationId], exported.Select(r => r!["id"]!.GetValue<string>()));

        // The closure finds and withdraws it: the count follows.
        await resident.DeleteAccount(Password);
        Assert.Equal(0, (await recommendations.Get(null)).Total);
    }

    /// <summary>
    /// A verified resident at <paramref name="home"/> whose activation lives on a secondary silo: placed there with
    /// Orleans' placement hint (every built-in director honours it). Left to the default placement, which prefers the
    /// gateway's own silo when the silos' loads are alike, twenty new residents in a row once all landed on the primary.
    /// </summary>
    private async Task<IResidentAccountGrain> OnASecondarySilo((double Lat, double Lng) home)
    {
        var secondary = fixture.Cluster.SecondarySilos.First(s => s.IsActive).SiloAddress;
        IResidentAccountGrain resident;
        RequestContext.Set(IPlacementDirector.PlacementHintKey, secondary);
        try
        {
            resident = await NeighbourhoodChangeTests.VerifiedByPostcard(Grains, home);
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }

        Assert.Equal(secondary, (await SiloOf(resident)).SiloAddress);
        return resident;
    }

    private async Task<SiloHandle> SiloOf(IResidentAccountGrain resident)
    {
        var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(resident);
        return fixture.Cluster.GetActiveSilos().Single(s => s.SiloAddress.Equals(address));
    }

    /// <summary>Calls until the cluster has noticed the dead silo (a call may time out or be rejected meanwhile).</summary>
    private static async Task<T> WhileTheClusterRecovers<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or InconsistentStateException && attempt < 12)
            {
            }
        }
    }
}
