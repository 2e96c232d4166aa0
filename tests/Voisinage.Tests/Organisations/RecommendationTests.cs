using Voisinage.Grains;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using static Voisinage.Tests.Infrastructure.Refusals;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class RecommendationTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    /// <summary>An organisation of <paramref name="kind"/> created by a fresh verified resident, verified by the operator if asked.</summary>
    private async Task<string> Organisation(OrganisationKind kind, bool verified = true)
    {
        var creator = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        var draft = kind switch
        {
            OrganisationKind.Business => new OrganisationDraft(kind, "Épicerie du coin", "44306184100047", null, null, "8 rue Neuve"),
            OrganisationKind.Association => new OrganisationDraft(kind, "Repair café", "W751000002", null, null, null),
            _ => new OrganisationDraft(kind, "Mairie", "69123", null, null, null),
        };
        var created = await Grains.GetGrain<IResidentOrganisationsGrain>(creator.Id()).Create(draft);
        if (verified)
        {
            await Grains.GetGrain<IOrganisationGrain>(created.Id).Decide(TestSettings.OperatorId, verify: true, string.Empty);
        }

        return created.Id;
    }

    private IOrganisationRecommendationsGrain Recommendations(string organisationId) => Grains.GetGrain<IOrganisationRecommendationsGrain>(organisationId);

    [Fact]
    public async Task One_recommendation_per_resident_counted_per_neighbourhood()
    {
        var shop = await Organisation(OrganisationKind.Business);
        var here = AlertPlaces.Fresh();
        var (a1, a) = await AlertPlaces.Found(Grains, here);
        var a2 = await AlertPlaces.Join(Grains, here, a);
        var (b1, _) = await AlertPlaces.Found(Grains, here.North(4000));

        Assert.Equal(new RecommendationCounts(1, true, 1), await Recommendations(shop).Recommend(a1.Id()));
        // The second recommendation by the same resident does not count.
        Assert.Equal(new RecommendationCounts(1, true, 1), await Recommendations(shop).Recommend(a1.Id()));
        await Recommendations(shop).Recommend(a2.Id());
        Assert.Equal(new RecommendationCounts(3, true, 1), await Recommendations(shop).Recommend(b1.Id()));
        Assert.Equal(new RecommendationCounts(3, true, 2), await Recommendations(shop).Get(a2.Id()));
        Assert.Equal(new RecommendationCounts(3, false, 0), await Recommendations(shop).Get(null));

        Assert.Equal(new RecommendationCounts(2, false, 1), await Recommendations(shop).Unrecommend(a1.Id()));
        Assert.Equal(new RecommendationCounts(2, false, 1), await Recommendations(shop).Unrecommend(a1.Id()));
    }

    [Fact]
    public async Task Concurrent_recommendations_by_the_same_residents_count_each_once()
    {
        var association = await Organisation(OrganisationKind.Association);
        var here = AlertPlaces.Fresh();
        var (founder, n) = await AlertPlaces.Found(Grains, here);
        var residents = new List<IResidentAccountGrain> { founder };
        for (var i = 0; i < 4; i++)
        {
            residents.Add(await AlertPlaces.Join(Grains, here, n));
        }

        // Each resident recommends three times at once, all residents together.
        await Task.WhenAll(residents.SelectMany(r => Enumerable.Range(0, 3).Select(_ => Recommendations(association).Recommend(r.Id()))));
        Assert.Equal(new RecommendationCounts(5, true, 5), await Recommendations(association).Get(founder.Id()));
    }

    [Fact]
    public async Task Only_verified_members_recommend_only_verified_businesses_and_associations()
    {
        var shop = await Organisation(OrganisationKind.Business);
        var pending = await Organisation(OrganisationKind.Association, verified: false);
        var townHall = await Organisation(OrganisationKind.Commune);
        var here = AlertPlaces.Fresh();
        var (member, _) = await AlertPlaces.Found(Grains, here);
        var unverified = await Neighbours.NewResident(Grains, here);
        var loner = await Neighbours.NewVerifiedResident(Grains, here.North(8000));

        await AssertRefused(ErrorCodes.NotVerified, () => Recommendations(shop).Recommend(unverified.Id()));
        await AssertRefused(ErrorCodes.Forbidden, () => Recommendations(shop).Recommend(loner.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => Recommendations(pending).Recommend(member.Id()));
        await AssertRefused(ErrorCodes.Conflict, () => Recommendations(townHall).Recommend(member.Id()));
        await AssertRefused(ErrorCodes.NotFound, () => Recommendations("org_" + Guid.NewGuid().ToString("N")).Recommend(member.Id()));
        Assert.Equal(0, (await Recommendations(shop).Get(null)).Total);
        Assert.Equal(0, (await Recommendations(pending).Get(null)).Total);
    }
}
