using Voisinage.Grains.Listings;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>
/// A listing forgetting a deleted participant (<see cref="IListingGrain.ForgetResident"/>) is idempotent, as a closure
/// resumed after a crash repeats its last step: counts kept from no one are not counted twice.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ListingClosureTests(ClusterApi f)
{
    [Fact]
    public async Task Forgetting_a_participant_twice_keeps_the_quantities_attendance_and_thanks_counted_once()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var gone = await f.Join(nid, place);
        var stays = await f.Join(nid, place);
        var purchase = (await f.CreateListing(author, new
        {
            kind = "GROUP_PURCHASE",
            title = "Farine",
            groupPurchase = new { product = "Farine", unit = "kg", targetQuantity = 6, deadline = ClusterApi.Clock.GetUtcNow().AddDays(3) },
        })).Str("id");
        (await f.GraphQL("mutation($id: ID!) { pledge(listingId: $id, quantity: 2) { id } }", new { id = purchase }, stays)).AssertNoErrors();
        (await f.GraphQL("mutation($id: ID!) { pledge(listingId: $id, quantity: 4) { id } }", new { id = purchase }, gone)).AssertNoErrors();
        var meetup = (await f.CreateListing(author, new
        {
            kind = "EVENT",
            title = "Pique-nique",
            @event = new { place = "Le parc", capacity = 5, startsAt = ClusterApi.Clock.GetUtcNow().AddDays(2) },
        })).Str("id");
        foreach (var m in new[] { gone, stays })
        {
            (await f.GraphQL("mutation($id: ID!) { rsvp(listingId: $id) { id } }", new { id = meetup }, m)).AssertNoErrors();
        }

        (await f.GraphQL("mutation($id: ID!) { updateListingStatus(id: $id, status: DONE) { id } }", new { id = meetup }, author)).AssertNoErrors();
        (await f.GraphQL("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = meetup, r = author.Id }, gone)).AssertNoErrors();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await f.Grains.GetGrain<IListingGrain>(purchase).ForgetResident(gone.Id);
            await f.Grains.GetGrain<IListingGrain>(meetup).ForgetResident(gone.Id);
        }

        var bought = (await f.Listing(author, purchase)).Data["listing"]!;
        Assert.Equal("CONFIRMED", bought.Str("status"));
        Assert.Equal(6, bought["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());
        Assert.Equal(2, (await f.Listing(author, meetup)).Data["listing"]!["event"]!["going"]!.GetValue<int>());
        Assert.Equal(1, await f.Grains.GetGrain<IThanksGrain>(author.Id).Count());
        Assert.Equal(0, (await f.Grains.GetGrain<IListingGrain>(purchase).PartOf(gone.Id))!.Pledged);
    }
}
