using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Sponsored;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Organisations;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Sponsored;

/// <summary>
/// Sponsored campaigns: who may run one, the operators' decision, their place in the feed (at most one per 10 items,
/// labelled), hidden advertisers, impressions counted once per resident and day on the two silos, and k-anonymous statistics.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed partial class CampaignTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static DateTimeOffset Now => ClusterFixture.Clock.GetUtcNow();

    private static CampaignDraft Draft(int impressions = 1_000, string title = "Pain au levain", IReadOnlyList<string>? targets = null) =>
        new(title, "Cuit chaque matin au feu de bois.", targets ?? [], Now.AddHours(-1), Now.AddDays(85), impressions);

    /// <summary>A verified business reaching 1 km around a fresh place, and the neighbourhood founded there (with its founder).</summary>
    private async Task<(IResidentAccountGrain Admin, string BusinessId, IResidentAccountGrain Founder, string NeighbourhoodId, (double Lat, double Lng) Place)> Setup()
    {
        var place = AlertPlaces.Fresh();
        var (founder, neighbourhood) = await AlertPlaces.Found(Grains, place);
        var (admin, business) = await OrganisationReachTests.Business(Grains, place);
        await business.SetReach(admin.Id(), new ReachRequest([], 1_000, null, null));
        await Fill(neighbourhood, 25);
        return (admin, business.GetPrimaryKeyString(), founder, neighbourhood, place);
    }

    /// <summary>Puts <paramref name="count"/> posts on the neighbourhood's timeline, as the post domain would.</summary>
    private async Task Fill(string neighbourhoodId, int count)
    {
        var feed = Grains.GetGrain<IFeedGrain>(neighbourhoodId);
        for (var i = 0; i < count; i++)
        {
            await feed.Append(new FeedItem($"pst_{Guid.NewGuid():N}", FeedItemType.Post, neighbourhoodId, null, $"Post {i}", null, Now));
        }
    }

    private async Task<ICampaignGrain> Approved(IResidentAccountGrain admin, string businessId, CampaignDraft? draft = null)
    {
        var campaign = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
        await campaign.Create(admin.Id(), businessId, draft ?? Draft());
        await campaign.Decide(TestSettings.OperatorId, approve: true, string.Empty);
        return campaign;
    }

    private Task<FeedPage> Read(IResidentAccountGrain reader, string neighbourhoodId, int first = 25) =>
        Grains.GetGrain<ISponsoredFeedGrain>(0).Read(reader.Id(), neighbourhoodId, first, null);

    private static List<int> SponsoredPositions(FeedPage page) =>
        [.. page.Edges.Select((e, i) => (e, i)).Where(x => x.e.Item.Type == FeedItemType.Sponsored).Select(x => x.i)];

    [Fact]
    public async Task Only_a_member_of_a_verified_business_with_a_reach_creates_a_campaign_and_refusals_change_nothing()
    {
        var place = AlertPlaces.Fresh();
        var (admin, business) = await OrganisationReachTests.Business(Grains, place);
        var stranger = await Neighbours.NewVerifiedResident(Grains, place);
        var (pendingAdmin, pending) = await OrganisationReachTests.Business(Grains, AlertPlaces.Fresh(), verify: false);
        var association = Grains.GetGrain<IOrganisationGrain>((await Grains.GetGrain<IResidentOrganisationsGrain>(stranger.Id())
            .Create(new OrganisationDraft(OrganisationKind.Association, "Amicale", "W291234570", null, null, null))).Id);
        await association.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        var id = business.GetPrimaryKeyString();

        async Task Refused(string code, string actor, string organisationId, CampaignDraft draft)
        {
            var campaign = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
            await AssertRefused(code, () => campaign.Create(actor, organisationId, draft));
            Assert.Null(await campaign.Get());
        }

        await Refused(ErrorCodes.Conflict, admin.Id(), id, Draft());
        await business.SetReach(admin.Id(), new ReachRequest([], 1_000, null, null));
        await Refused(ErrorCodes.Forbidden, stranger.Id(), id, Draft());
        await Refused(ErrorCodes.Forbidden, stranger.Id(), association.GetPrimaryKeyString(), Draft());
        await Refused(ErrorCodes.NotVerified, pendingAdmin.Id(), pending.GetPrimaryKeyString(), Draft());
        await Refused(ErrorCodes.NotFound, admin.Id(), "org_00000000000000000000000000000000", Draft());
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft(impressions: 0));
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft(impressions: 50_001));
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft(title: " "));
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft() with { EndsAt = Now.AddHours(-2) });
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft() with { EndsAt = Now.AddDays(200) });
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, Draft(targets: ["89184a3a7ffffff"]));

        var created = await Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}").Create(admin.Id(), id, Draft());
        Assert.Equal(CampaignStatus.Pending, created.Status);
        Assert.Equal("Boulangerie du port", created.AdvertiserName);
        Assert.Contains(created.Id, await Grains.GetGrain<ICampaignDirectoryGrain>(0).Pending(TestSettings.OperatorId));
        Assert.Equal([created.Id], await Grains.GetGrain<ICampaignDirectoryGrain>(0).OfOrganisation(admin.Id(), id));
        await AssertRefused(ErrorCodes.Forbidden, () => Grains.GetGrain<ICampaignDirectoryGrain>(0).OfOrganisation(stranger.Id(), id));
        await AssertRefused(ErrorCodes.Forbidden, () => Grains.GetGrain<ICampaignDirectoryGrain>(0).Pending(admin.Id()));
    }

    [Fact]
    public async Task An_operator_approves_or_rejects_with_a_reason_in_the_moderation_log_and_only_approved_campaigns_show()
    {
        var (admin, businessId, founder, neighbourhood, _) = await Setup();
        var rejected = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
        await rejected.Create(admin.Id(), businessId, Draft());
        var pending = Grains.GetGrain<ICampaignGrain>($"cmp_{Guid.NewGuid():N}");
        await pending.Create(admin.Id(), businessId, Draft());

        await AssertRefused(ErrorCodes.Forbidden, () => rejected.Decide(admin.Id(), approve: true, string.Empty));
        await AssertRefused(ErrorCodes.BadUserInput, () => rejected.Decide(TestSettings.OperatorId, approve: false, " "));
        var decided = await rejected.Decide(TestSettings.OperatorId, approve: false, "Allégation de santé non vérifiable.");
        Assert.Equal(CampaignStatus.Rejected, decided.Status);
        Assert.Equal("Allégation de santé non vérifiable.", decided.Decision);
        await AssertRefused(ErrorCodes.Conflict, () => rejected.Decide(TestSettings.OperatorId, approve: true, string.Empty));
        Assert.DoesNotContain(decided.Id, await Grains.GetGrain<ICampaignDirectoryGrain>(0).Pending(TestSettings.OperatorId));

        var log = await Grains.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).List(TestSettings.OperatorId, 100, null);
        Assert.Contains(log.Entries, e => e.Action == ModerationAction.CampaignRejected && e.SubjectId == decided.Id && e.Reason == decided.Decision);

        // Neither a rejected nor a pending campaign reaches the feed.
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood)));
        Assert.Equal(0, (await pending.Get())!.Delivered);
    }

    [Fact]
    public async Task The_feed_shows_at_most_one_sponsored_item_per_ten_items_labelled_the_same_all_day()
    {
        var (admin, businessId, founder, neighbourhood, _) = await Setup();
        var first = await Approved(admin, businessId);
        var second = await Approved(admin, businessId, Draft(title: "Galette des rois"));

        var page = await Read(founder, neighbourhood);
        Assert.Equal(27, page.Edges.Count);
        Assert.Equal([10, 21], SponsoredPositions(page));
        var sponsored = page.Edges.Where(e => e.Item.Type == FeedItemType.Sponsored).Select(e => e.Item).ToList();
        Assert.Equal(2, sponsored.Select(s => s.Id).Distinct().Count());
        Assert.All(sponsored, s => Assert.Null(s.AuthorId));

        // The sponsored edge carries the cursor of the item before it, so the next page starts after that item.
        Assert.Equal(page.Edges[9].Cursor, page.Edges[10].Cursor);

        // Fewer than 10 items: none; the same read again: the same page, and nothing counted twice today.
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood, first: 9)));
        Assert.Equal(page.Edges.Select(e => e.Item.Id), (await Read(founder, neighbourhood)).Edges.Select(e => e.Item.Id));
        Assert.Equal(1, (await first.Get())!.Delivered);
        Assert.Equal(1, (await second.Get())!.Delivered);

        // The timeline itself (and so listings, which read it filtered) never holds a sponsored entry.
        Assert.DoesNotContain(await Grains.GetGrain<IFeedGrain>(neighbourhood).GetAll(), i => i.Type == FeedItemType.Sponsored);
    }

    [Fact]
    public async Task A_resident_who_hides_an_advertiser_is_never_shown_it_again()
    {
        var (admin, businessId, founder, neighbourhood, _) = await Setup();
        var campaign = await Approved(admin, businessId);

        await Grains.GetGrain<IResidentSponsoredGrain>(founder.Id()).Hide(businessId);
        await Grains.GetGrain<IResidentSponsoredGrain>(founder.Id()).Hide(businessId);
        Assert.Empty(SponsoredPositions(await Read(founder, neighbourhood)));
        Assert.Equal(0, (await campaign.Get())!.Delivered);
        Assert.Equal([businessId], await Grains.GetGrain<IResidentSponsoredGrain>(founder.Id()).Hidden());

        await Grains.GetGrain<IResidentSponsoredGrain>(founder.Id()).Unhide(businessId);
        Assert.Equal([10], SponsoredPositions(await Read(founder, neighbourhood)));
    }

    [Fact]
    public async Task Concurrent_reads_on_two_silos_count_each_resident_once_a_day_and_the_campaign_stops_at_its_number()
    {
        var (admin, businessId, founder, neighbourhood, place) = await Setup();
        var readers = new List<IResidentAccountGrain> { founder };
        for (var i = 0; i < 7; i++)
        {
            readers.Add(await AlertPlaces.Join(Grains, place, neighbourhood));
        }

        var unlimited = await Approved(admin, businessId, Draft(impressions: 1_000));
        var limited = await Approved(admin, businessId, Draft(impressions: 5, title: "Dernières places"));

        // Eight residents, ten reads each, all at once: the stateless reader runs on both silos, each campaign grain counts.
        var pages = await Task.WhenAll(readers.SelectMany(r => Enumerable.Range(0, 10).Select(_ => Read(r, neighbourhood))));
        Assert.Equal(8, (await unlimited.Get())!.Delivered);
        Assert.Equal(5, (await limited.Get())!.Delivered);
        Assert.All(pages, p => Assert.InRange(SponsoredPositions(p).Count, 1, 2));

        // Exactly five residents were shown the limited campaign, however many times each read.
        var shownLimited = readers.Where((r, i) => pages.Skip(i * 10).Take(10).Any(p => p.Edges.Any(e => e.Item.Id == limited.GetPrimaryKeyString())));
        Assert.Equal(5, shownLimited.Count());

        // The next day each resident counts once more, and the sold-out campaign stays sold out.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(readers.Select(r => Read(r, neighbourhood)));
        Assert.Equal(16, (await unlimited.Get())!.Delivered);
        Assert.Equal(5, (await limited.Get())!.Delivered);
    }

    [Fact]
    public async Task Concurrent_counts_are_saved_before_they_are_shown_survive_deactivations_and_never_pass_the_number()
    {
        var (admin, businessId, _, neighbourhood, _) = await Setup();
        var campaign = await Approved(admin, businessId, Draft(impressions: 50, title: "Soldes d'hiver"));
        var residents = Enumerable.Range(0, 80).Select(_ => $"res_{Guid.NewGuid():N}").ToArray();

        // Thirty residents at once, each read twice at once: every call interleaves, each resident counts once.
        var first = await Task.WhenAll(residents[..30].SelectMany(r => new[] { campaign.Serve(r, neighbourhood), campaign.Serve(r, neighbourhood) }));
        Assert.All(first, Assert.True);
        Assert.Equal(30, (await campaign.Get())!.Delivered);

        // Deactivated mid-way: the next activation reads what was saved, which holds every count that was shown.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(30, (await campaign.Get())!.Delivered);
        Assert.True(await campaign.Serve(residents[0], neighbourhood));
        Assert.Equal(30, (await campaign.Get())!.Delivered);

        // The other fifty at once: twenty are counted and shown, thirty refused; still so after another deactivation.
        var rest = await Task.WhenAll(residents[30..].Select(r => campaign.Serve(r, neighbourhood)));
        Assert.Equal(20, rest.Count(shown => shown));
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var soldOut = (await campaign.Get())!;
        Assert.Equal(50, soldOut.Delivered);
        Assert.False(await campaign.Serve($"res_{Guid.NewGuid():N}", neighbourhood));
        var statistics = await campaign.Statistics(admin.Id());
        Assert.Equal(50, Assert.Single(statistics.Neighbourhoods).Impressions);
    }

    [Fact]
    public async Task Statistics_show_a_neighbourhood_only_where_ten_residents_were_counted()
    {
        var (admin, businessId, founder, neighbourhood, place) = await Setup();
        var readers = new List<IResidentAccountGrain> { founder };
        for (var i = 0; i < 9; i++)
        {
            readers.Add(await AlertPlaces.Join(Grains, place, neighbourhood));
        }

        var stranger = await Neighbours.NewVerifiedResident(Grains, place);
        var campaign = await Approved(admin, businessId);
        foreach (var reader in readers.Take(9))
        {
            await Read(reader, neighbourhood);
        }

        var nine = await campaign.Statistics(admin.Id());
        Assert.Equal(9, nine.Delivered);
        Assert.Null(Assert.Single(nine.Neighbourhoods).Impressions);

        await Read(readers[9], neighbourhood);
        var ten = Assert.Single((await campaign.Statistics(admin.Id())).Neighbourhoods);
        Assert.Equal((neighbourhood, 10), (ten.NeighbourhoodId, ten.Impressions));

        // The next day three read again: 13 impressions, shown because ten residents were counted on one day.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(1));
        foreach (var reader in readers.Take(3))
        {
            await Read(reader, neighbourhood);
        }

        Assert.Equal(13, Assert.Single((await campaign.Statistics(TestSettings.OperatorId)).Neighbourhoods).Impressions);
        await AssertRefused(ErrorCodes.Forbidden, () => campaign.Statistics(stranger.Id()));
        await AssertRefused(ErrorCodes.Forbidden, () => campaign.Statistics(founder.Id()));
    }
}
