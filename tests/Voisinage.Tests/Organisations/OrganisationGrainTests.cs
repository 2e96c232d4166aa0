using Voisinage.Grains;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using static Voisinage.Tests.Infrastructure.Refusals;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OrganisationGrainTests(ClusterFixture fixture)
{
    private const string Operator = TestSettings.OperatorId;

    private IGrainFactory Grains => fixture.Grains;

    private static OrganisationDraft Bakery => new(
        OrganisationKind.Business, "  Boulangerie du Marais ", "732 829 320 00074", "Pain au levain.", "Mar–dim 7 h–19 h", "12 rue des Francs-Bourgeois, Paris");

    private IResidentOrganisationsGrain OrganisationsOf(IResidentAccountGrain resident) => Grains.GetGrain<IResidentOrganisationsGrain>(resident.Id());

    private IOrganisationGrain Organisation(Organisation o) => Grains.GetGrain<IOrganisationGrain>(o.Id);

    [Fact]
    public async Task A_verified_resident_creates_an_organisation_pending_until_an_operator_verifies_it()
    {
        var creator = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(100));
        var created = await OrganisationsOf(creator).Create(Bakery);

        Assert.Equal(OrganisationStatus.Pending, created.Status);
        Assert.Equal("Boulangerie du Marais", created.Name);
        Assert.Equal("73282932000074", created.Identifier);
        Assert.Equal(OrganisationRole.Admin, await Organisation(created).RoleOf(creator.Id()));
        Assert.Equal([created.Id], await OrganisationsOf(creator).List());
        Assert.Contains(created.Id, await Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(Operator, OrganisationStatus.Pending, 100));
        Assert.DoesNotContain(created.Id, await Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(null, OrganisationStatus.Verified, 100));

        // Only operators see the queue and decide.
        await AssertRefused(ErrorCodes.Forbidden, () => Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(creator.Id(), OrganisationStatus.Pending, 10));
        await AssertRefused(ErrorCodes.Forbidden, () => Organisation(created).Decide(creator.Id(), verify: true, string.Empty));

        var verified = await Organisation(created).Decide(Operator, verify: true, "Kbis vérifié");
        Assert.Equal(OrganisationStatus.Verified, verified.Status);
        await AssertRefused(ErrorCodes.Conflict, () => Organisation(created).Decide(Operator, verify: true, string.Empty));
        Assert.Contains(created.Id, await Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(null, OrganisationStatus.Verified, 100));
        Assert.DoesNotContain(created.Id, await Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(Operator, OrganisationStatus.Pending, 100));

        // The decision is in the moderation log and in the organisation's own log.
        var decisions = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).List(Operator, 100, null);
        var entry = Assert.Single(decisions.Entries, e => e.SubjectId == created.Id);
        Assert.Equal(ModerationAction.OrganisationVerified, entry.Action);
        Assert.Equal(Operator, entry.ActorId);
        var log = await Organisation(created).GetLog(creator.Id());
        Assert.Equal([OrganisationLogAction.Created, OrganisationLogAction.Verified], log.Select(e => e.Action));
    }

    [Fact]
    public async Task Rejection_needs_a_reason_which_the_organisation_shows()
    {
        var creator = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(150));
        var created = await OrganisationsOf(creator).Create(new OrganisationDraft(OrganisationKind.Association, "Les Jardins partagés", "W751234567", null, null, null));

        await AssertRefused(ErrorCodes.BadUserInput, () => Organisation(created).Decide(Operator, verify: false, "  "));
        var rejected = await Organisation(created).Decide(Operator, verify: false, "Numéro RNA inconnu du répertoire.");
        Assert.Equal(OrganisationStatus.Rejected, rejected.Status);
        Assert.Equal("Numéro RNA inconnu du répertoire.", (await Organisation(created).Get())!.Decision);
        Assert.Contains(created.Id, await Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(Operator, OrganisationStatus.Rejected, 100));
        var decisions = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).List(Operator, 100, null);
        Assert.Equal(ModerationAction.OrganisationRejected, Assert.Single(decisions.Entries, e => e.SubjectId == created.Id).Action);
    }

    [Fact]
    public async Task Refused_creations_change_nothing_and_spend_no_quota()
    {
        var unverified = await Neighbours.NewResident(Grains, Neighbours.North(200));
        var creator = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(250));

        await AssertRefused(ErrorCodes.NotVerified, () => OrganisationsOf(unverified).Create(Bakery));
        await AssertRefused(ErrorCodes.InvalidCheckDigit, () => OrganisationsOf(creator).Create(Bakery with { Identifier = "73282932000075" }));
        await AssertRefused(ErrorCodes.InvalidIdentifier, () => OrganisationsOf(creator).Create(Bakery with { Identifier = "W751234567" }));
        await AssertRefused(ErrorCodes.InvalidIdentifier, () => OrganisationsOf(creator).Create(new OrganisationDraft(OrganisationKind.Commune, "Mairie", "20004", null, null, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => OrganisationsOf(creator).Create(Bakery with { PublicAddress = null }));
        await AssertRefused(ErrorCodes.BadUserInput, () => OrganisationsOf(creator).Create(new OrganisationDraft(OrganisationKind.Commune, "Mairie de Paris", "75056", null, null, "1 rue Lobau")));
        await AssertRefused(ErrorCodes.BadUserInput, () => OrganisationsOf(creator).Create(Bakery with { Name = "ab" }));
        await AssertRefused(ErrorCodes.BadUserInput, () => OrganisationsOf(creator).Create(Bakery with { Kind = (OrganisationKind)9 }));
        await AssertRefused(ErrorCodes.BadUserInput, () => OrganisationsOf(creator).Create(Bakery with { Description = new string('x', 2001) }));
        Assert.Empty(await OrganisationsOf(unverified).List());
        Assert.Empty(await OrganisationsOf(creator).List());

        // None of the refusals spent the three creations of the window.
        for (var i = 0; i < 3; i++)
        {
            await OrganisationsOf(creator).Create(Bakery);
        }

        await AssertRefused(ErrorCodes.RateLimited, () => OrganisationsOf(creator).Create(Bakery));
        Assert.Equal(3, (await OrganisationsOf(creator).List()).Count);
    }

    [Fact]
    public async Task Admins_manage_members_every_change_is_logged_and_the_last_admin_stays()
    {
        var admin = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(300));
        var editor = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(300));
        var unverified = await Neighbours.NewResident(Grains, Neighbours.North(300));
        var created = await OrganisationsOf(admin).Create(new OrganisationDraft(OrganisationKind.Commune, "Mairie du 4e", "75104", "Accueil des habitants.", "Lun–ven 8 h 30–17 h", null));
        var org = Organisation(created);

        await AssertRefused(ErrorCodes.NotFound, () => org.AddMember(admin.Id(), "not-a-resident", OrganisationRole.Editor));
        await AssertRefused(ErrorCodes.NotVerified, () => org.AddMember(admin.Id(), unverified.Id(), OrganisationRole.Editor));
        await AssertRefused(ErrorCodes.Forbidden, () => org.AddMember(editor.Id(), editor.Id(), OrganisationRole.Admin));
        await AssertRefused(ErrorCodes.Forbidden, () => org.GetMembers(editor.Id()));

        var members = await org.AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        Assert.Equal(OrganisationRole.Editor, Assert.Single(members, m => m.ResidentId == editor.Id()).Role);
        Assert.Equal([created.Id], await OrganisationsOf(editor).List());

        // An editor manages nobody, sees the members but not the log.
        await AssertRefused(ErrorCodes.Forbidden, () => org.RemoveMember(editor.Id(), admin.Id()));
        Assert.Equal(2, (await org.GetMembers(editor.Id())).Count);
        await AssertRefused(ErrorCodes.Forbidden, () => org.GetLog(editor.Id()));

        // The only admin can neither leave nor step down; once there is another, they can.
        await AssertRefused(ErrorCodes.Conflict, () => org.RemoveMember(admin.Id(), admin.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => org.AddMember(admin.Id(), admin.Id(), OrganisationRole.Editor));
        await org.AddMember(admin.Id(), editor.Id(), OrganisationRole.Admin);
        members = await org.RemoveMember(admin.Id(), admin.Id());
        Assert.Equal([editor.Id()], members.Select(m => m.ResidentId));
        Assert.Empty(await OrganisationsOf(admin).List());
        await AssertRefused(ErrorCodes.NotFound, () => org.RemoveMember(editor.Id(), admin.Id()));

        var log = await org.GetLog(editor.Id());
        Assert.Equal(
            [OrganisationLogAction.Created, OrganisationLogAction.MemberAdded, OrganisationLogAction.RoleChanged, OrganisationLogAction.MemberRemoved],
            log.Select(e => e.Action));
        Assert.Equal(admin.Id(), log[^1].ResidentId);
        Assert.Equal(admin.Id(), log[^1].ActorId);
        Assert.Equal(log, await org.GetLog(Operator));
    }

    [Fact]
    public async Task Concurrent_removals_never_leave_an_organisation_without_an_admin()
    {
        var first = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(350));
        var second = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(350));
        var created = await OrganisationsOf(first).Create(new OrganisationDraft(OrganisationKind.Association, "Amicale des locataires", "W751000001", null, null, null));
        var org = Organisation(created);
        await org.AddMember(first.Id(), second.Id(), OrganisationRole.Admin);

        // Both admins leave at once: the grain takes one call at a time, so exactly one of them succeeds.
        var results = await Task.WhenAll(
            Outcome(() => org.RemoveMember(first.Id(), first.Id())),
            Outcome(() => org.RemoveMember(second.Id(), second.Id())));
        Assert.Equal(1, results.Count(r => r is null));
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(results, r => r is not null));
        var remaining = Assert.Single(await org.GetMembers(Operator));
        Assert.Equal(OrganisationRole.Admin, remaining.Role);
    }

    private static async Task<string?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (VoisinageException e)
        {
            return e.Code;
        }
    }
}
