using System.Text.Json.Nodes;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Verification;

/// <summary>
/// Onboarding (home, verification, join) touches only the grains that have something to do (issue 19: it must cost no
/// more than before the redesign): the resident's moderation log shows their verification from their record, and the
/// push grain hears of membership changes only once a device was registered. What these savings must not lose is
/// checked here too.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OnboardingCostTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Onboarding_without_a_device_activates_neither_the_push_grain_nor_the_moderation_log_which_still_shows_the_verification()
    {
        var here = AlertPlaces.Fresh();
        var (founder, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);

        var management = Grains.GetGrain<IManagementGrain>(0);
        foreach (var resident in new[] { founder, member })
        {
            Assert.Null(await management.GetActivationAddress(Grains.GetGrain<IResidentPushGrain>(resident.Id())));
            Assert.Null(await management.GetActivationAddress(Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(resident.Id()))));
        }

        var verification = (await member.AsMembership().GetStanding()).Profile!.Verification;
        var log = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(member.Id())).List(member.Id(), 10, null);
        var verified = Assert.Single(log.Entries);
        Assert.Equal(ModerationAction.Verified, verified.Action);
        Assert.Equal(verification.VerifiedAt, verified.At);
        Assert.Equal(member.Id(), verified.ResidentId);
        Assert.Null(verified.ActorId);
        Assert.Equal(nameof(VerificationMethod.Geolocation), verified.Reason);
        Assert.False(log.HasNextPage);

        // Operators read it too; the export lists it.
        var seenByOperator = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(member.Id())).List(TestSettings.OperatorId, 10, null);
        Assert.Equal(verified, Assert.Single(seenByOperator.Entries));
        var exported = JsonNode.Parse(await member.ExportData())!["moderationLog"]!.AsArray();
        Assert.Equal("Verified", Assert.Single(exported)!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_move_home_keeps_each_earlier_verification_in_the_log_and_cursors_page_through_them()
    {
        var here = AlertPlaces.Fresh();
        var resident = await Neighbours.NewVerifiedResident(Grains, here);
        var first = (await resident.AsMembership().GetStanding()).Profile!.Verification;
        var log = Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(resident.Id()));

        // The new home resets verification: the first one is written into the log before the record forgets it.
        var elsewhere = here.North(3000);
        await resident.AsVerification().SetHome(elsewhere.Lat, elsewhere.Lng);
        var afterMove = Assert.Single((await log.List(resident.Id(), 10, null)).Entries);
        Assert.Equal((ModerationAction.Verified, first.VerifiedAt), (afterMove.Action, (DateTimeOffset?)afterMove.At));

        ClusterFixture.Clock.Advance(TimeSpan.FromHours(1));
        await resident.AsVerification().SubmitLocationFix(elsewhere.Lat, elsewhere.Lng, 10);
        await resident.AsVerification().SubmitLocationFix(elsewhere.Lat, elsewhere.Lng, 10);
        Neighbours.NextLocalDay(ClusterFixture.Clock);
        var second = (await resident.AsVerification().SubmitLocationFix(elsewhere.Lat, elsewhere.Lng, 10)).Verification;
        Assert.True(second.IsVerified);

        // Newest first, one page at a time: the derived entry (the current verification) and the kept one.
        var newest = await log.List(resident.Id(), 1, null);
        Assert.True(newest.HasNextPage);
        Assert.Equal(second.VerifiedAt, Assert.Single(newest.Entries).At);
        var older = await log.List(resident.Id(), 1, newest.Entries[0].Id);
        Assert.False(older.HasNextPage);
        Assert.Equal(afterMove, Assert.Single(older.Entries));
        Assert.Equal(2, JsonNode.Parse(await resident.ExportData())!["moderationLog"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_device_registered_before_joining_puts_the_resident_on_the_roster_when_they_join_and_off_it_when_they_move()
    {
        var here = AlertPlaces.Fresh();
        var (_, id) = await AlertPlaces.Found(Grains, here);
        var member = await Neighbours.NewVerifiedResident(Grains, here);
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterDevice(PushPlatform.Fcm, "fcm-" + Guid.NewGuid());
        var roster = Grains.GetGrain<IPushRosterGrain>(id);
        Assert.DoesNotContain(member.Id(), await roster.GetResidents());

        await member.AsMembership().JoinNeighbourhood(id);
        await Polling.Until(async () => (await roster.GetResidents()).Contains(member.Id()));

        var elsewhere = here.North(3000);
        await member.AsVerification().SetHome(elsewhere.Lat, elsewhere.Lng);
        await Polling.Until(async () => !(await roster.GetResidents()).Contains(member.Id()));
    }

    [Fact]
    public async Task A_join_answers_the_neighbourhood_as_saved_with_it()
    {
        var here = AlertPlaces.Fresh();
        var (_, id) = await AlertPlaces.Found(Grains, here);
        var member = await Neighbours.NewVerifiedResident(Grains, here);

        var joined = await member.AsMembership().JoinNeighbourhood(id);
        Assert.Equal(id, joined.Id);
        Assert.Equal(2, joined.MemberCount);

        // Joining again (already a member) answers the same.
        var again = await member.AsMembership().JoinNeighbourhood(id);
        Assert.Equal((joined.Id, joined.Name, joined.MemberCount), (again.Id, again.Name, again.MemberCount));
        Assert.Equal(joined.Cells, again.Cells);
    }
}
