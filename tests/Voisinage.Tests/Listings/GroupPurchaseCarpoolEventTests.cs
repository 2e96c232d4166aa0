using Voisinage.Grains.Listings;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>Group purchases, carpools and events: concurrent pledges, bookings and RSVPs never oversell.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class GroupPurchaseCarpoolEventTests(ClusterApi f)
{
    private const string Pledge = "mutation($id: ID!, $q: Int!) { pledge(listingId: $id, quantity: $q) { status groupPurchase { pledgedQuantity myPledge } } }";

    private async Task<(Member Author, string NeighbourhoodId, List<Member> Members)> Neighbourhood(int members)
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var list = new List<Member>();
        for (var i = 0; i < members; i++)
        {
            list.Add(await f.Join(nid, place));
        }

        return (author, nid, list);
    }

    [Fact]
    public async Task Concurrent_pledges_confirm_a_group_purchase_exactly_once_and_notify_the_pledgers()
    {
        var (author, _, members) = await Neighbourhood(11);
        var deadline = ClusterApi.Clock.GetUtcNow().AddDays(3);
        var id = (await f.CreateListing(author, new
        {
            kind = "GROUP_PURCHASE",
            title = "Paniers bio",
            groupPurchase = new { product = "Panier de légumes", unit = "panier", targetQuantity = 10, deadline },
        })).Str("id");

        (await f.GraphQL(Pledge, new { id, q = 0 }, members[0])).AssertError("BAD_USER_INPUT");
        var results = await Task.WhenAll(members.Select(m => f.GraphQL(Pledge, new { id, q = 1 }, m)));
        var accepted = members.Where((_, i) => results[i].Errors is null).ToList();
        var refused = members.Where((_, i) => results[i].Errors is not null).ToList();
        Assert.Equal(10, accepted.Count);
        Assert.All(results.Where(r => r.Errors is not null), r => r.AssertError("CONFLICT"));
        Assert.Equal(1, results.Count(r => r.Errors is null && r.Data["pledge"].Str("status") == "CONFIRMED"));

        var seen = await f.Listing(author, id);
        Assert.Equal("CONFIRMED", seen.Data["listing"].Str("status"));
        Assert.Equal(10, seen.Data["listing"]!["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());
        (await f.GraphQL("mutation($id: ID!) { unpledge(listingId: $id) { status } }", new { id }, accepted[0])).AssertError("CONFLICT");

        foreach (var m in accepted.Append(author))
        {
            var inbox = await f.GraphQL("{ notifications { edges { node { kind listingId } } } }", as_: m);
            Assert.Single(inbox.Data["notifications"]!["edges"]!.AsArray(), n => n!["node"]!.Str("kind") == "GROUP_PURCHASE_CONFIRMED" && n["node"]!.Str("listingId") == id);
        }

        Assert.Empty((await f.GraphQL("{ notifications { edges { node { kind } } } }", as_: refused.Single())).Data["notifications"]!["edges"]!.AsArray());

        // No reminder is left for a confirmed purchase; the deadline passing changes nothing.
        var grain = f.Grains.GetGrain<IListingGrain>(id);
        Assert.DoesNotContain((await f.SiloService<Orleans.IReminderTable>().ReadRows(grain.GetGrainId())).Reminders, r => r.ReminderName == ListingGrain.DeadlineReminder);
        ClusterApi.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(ListingStatus.Confirmed, await grain.ApplyDeadlines());
    }

    [Fact]
    public async Task A_group_purchase_short_of_its_target_fails_at_the_deadline_by_reminder()
    {
        var (author, _, members) = await Neighbourhood(2);
        var deadline = ClusterApi.Clock.GetUtcNow().AddDays(2);
        var id = (await f.CreateListing(author, new
        {
            kind = "GROUP_PURCHASE",
            title = "Bois",
            groupPurchase = new { product = "Bois", unit = "stère", targetQuantity = 50, deadline },
        })).Str("id");
        var grain = f.Grains.GetGrain<IListingGrain>(id);
        Assert.Contains((await f.SiloService<Orleans.IReminderTable>().ReadRows(grain.GetGrainId())).Reminders, r => r.ReminderName == ListingGrain.DeadlineReminder);

        (await f.GraphQL(Pledge, new { id, q = 5 }, members[0])).AssertNoErrors();
        var second = await f.GraphQL(Pledge, new { id, q = 7 }, members[1]);
        second.AssertNoErrors();
        Assert.Equal(12, second.Data["pledge"]!["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());
        var replaced = await f.GraphQL(Pledge, new { id, q = 3 }, members[1]);
        Assert.Equal(8, replaced.Data["pledge"]!["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());

        Assert.Equal(ListingStatus.Open, await grain.ApplyDeadlines());
        ClusterApi.Clock.Advance(TimeSpan.FromDays(2));
        (await f.GraphQL(Pledge, new { id, q = 50 }, members[0])).AssertError("CONFLICT");
        Assert.Equal(ListingStatus.Failed, await grain.ApplyDeadlines());
        Assert.Equal("FAILED", (await f.Listing(members[0], id)).Data["listing"].Str("status"));
        foreach (var m in members.Append(author))
        {
            var inbox = await f.GraphQL("{ notifications { edges { node { kind listingId } } } }", as_: m);
            Assert.Single(inbox.Data["notifications"]!["edges"]!.AsArray(), n => n!["node"]!.Str("kind") == "GROUP_PURCHASE_FAILED" && n["node"]!.Str("listingId") == id);
        }
    }

    [Fact]
    public async Task Concurrent_bookings_never_exceed_the_seats_and_carpool_matches_use_h3_proximity()
    {
        var (driver, _, members) = await Neighbourhood(5);
        var home = (await f.Grains.GetGrain<IResidentAccountGrain>(driver.Id).GetProfile())!.HomeCell!;
        var origin = Cells.BlockOf(home).ToString();
        var work = (Lat: driver.Home.Lat + 0.09, driver.Home.Lng);
        var destination = Cells.At(work.Lat, work.Lng, Cells.BlockResolution).ToString();
        var nearWork = Cells.At(work.Lat + 0.004, work.Lng, Cells.BlockResolution).ToString();
        var farFromWork = Cells.At(work.Lat + 0.05, work.Lng, Cells.BlockResolution).ToString();
        var id = (await f.CreateListing(driver, new
        {
            kind = "CARPOOL",
            title = "Vers le bureau",
            carpool = new { originCell = origin, destinationCell = destination, weekdays = new[] { "MONDAY", "TUESDAY" }, departureTime = "08:10", seats = 2 },
        })).Str("id");

        const string matches = "query($d: String!) { carpoolMatches(destinationCell: $d) { id carpool { seatsLeft } } }";
        var found = await f.GraphQL(matches, new { d = nearWork }, members[0]);
        found.AssertNoErrors();
        Assert.Contains(found.Data["carpoolMatches"]!.AsArray(), l => l!.Str("id") == id);
        Assert.DoesNotContain((await f.GraphQL(matches, new { d = farFromWork }, members[0])).Data["carpoolMatches"]!.AsArray(), l => l!.Str("id") == id);
        Assert.DoesNotContain((await f.GraphQL(matches, new { d = nearWork }, driver)).Data["carpoolMatches"]!.AsArray(), l => l!.Str("id") == id);
        (await f.GraphQL(matches, new { d = home }, members[0])).AssertError("BAD_USER_INPUT");

        const string book = "mutation($id: ID!) { bookSeat(listingId: $id) { carpool { seatsTaken booked } } }";
        (await f.GraphQL(book, new { id }, driver)).AssertError("BAD_USER_INPUT");
        var results = await Task.WhenAll(members.Select(m => f.GraphQL(book, new { id }, m)));
        Assert.Equal(2, results.Count(r => r.Errors is null));
        Assert.All(results.Where(r => r.Errors is not null), r => r.AssertError("CONFLICT"));
        Assert.Equal(2, (await f.Listing(driver, id)).Data["listing"]!["carpool"]!["seatsTaken"]!.GetValue<int>());
        Assert.DoesNotContain((await f.GraphQL(matches, new { d = nearWork }, members[0])).Data["carpoolMatches"]!.AsArray(), l => l!.Str("id") == id);

        // A passenger gives their seat back: someone else can take it.
        var passenger = members[results.Select((r, i) => (r, i)).First(x => x.r.Errors is null).i];
        var waiting = members[results.Select((r, i) => (r, i)).First(x => x.r.Errors is not null).i];
        (await f.GraphQL(book, new { id }, passenger)).AssertError("CONFLICT");
        (await f.GraphQL("mutation($id: ID!) { cancelSeat(listingId: $id) { carpool { booked } } }", new { id }, passenger)).AssertNoErrors();
        var taken = await f.GraphQL(book, new { id }, waiting);
        taken.AssertNoErrors();
        Assert.True(taken.Data["bookSeat"]!["carpool"]!["booked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Concurrent_rsvps_stay_within_the_capacity_of_an_event()
    {
        var (author, _, members) = await Neighbourhood(4);
        var id = (await f.CreateListing(author, new
        {
            kind = "EVENT",
            title = "Atelier vélo",
            @event = new { startsAt = ClusterApi.Clock.GetUtcNow().AddDays(5), place = "Cour de l'école", capacity = 2 },
        })).Str("id");
        const string rsvp = "mutation($id: ID!, $g: Boolean) { rsvp(listingId: $id, going: $g) { event { going iAmGoing } } }";
        var results = await Task.WhenAll(members.Select(m => f.GraphQL(rsvp, new { id, g = (bool?)true }, m)));
        Assert.Equal(2, results.Count(r => r.Errors is null));
        Assert.All(results.Where(r => r.Errors is not null), r => r.AssertError("CONFLICT"));

        var going = members.Where((_, i) => results[i].Errors is null).ToList();
        var again = await f.GraphQL(rsvp, new { id, g = (bool?)true }, going[0]);
        Assert.Equal(2, again.Data["rsvp"]!["event"]!["going"]!.GetValue<int>());
        var left = await f.GraphQL(rsvp, new { id, g = (bool?)false }, going[0]);
        Assert.False(left.Data["rsvp"]!["event"]!["iAmGoing"]!.GetValue<bool>());
        var late = members.First(m => !going.Contains(m));
        Assert.True((await f.GraphQL(rsvp, new { id, g = (bool?)null }, late)).Data["rsvp"]!["event"]!["iAmGoing"]!.GetValue<bool>());
        (await f.GraphQL("mutation($id: ID!) { pledge(listingId: $id, quantity: 1) { id } }", new { id }, late)).AssertError("BAD_USER_INPUT");

        ClusterApi.Clock.Advance(TimeSpan.FromDays(5));
        (await f.GraphQL(rsvp, new { id, g = (bool?)true }, going[0])).AssertError("CONFLICT");
    }
}
