using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>GraphQL documents and helpers the listing tests share.</summary>
public static class ListingApi
{
    public const string Fields = """
        id kind title description status hidden neighbourhoodId endsAt radiusMeters
        author { id pseudo homeCell } counterpart { id }
        loan { from until }
        carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }
        groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }
        event { startsAt place capacity going iAmGoing }
        page { website contact openingHours }
        """;

    public const string Create = "mutation($i: CreateListingInput!) { createListing(input: $i) { " + Fields + " } }";

    public static async Task<JsonNode> CreateListing(this ClusterApi f, Member author, object input)
    {
        var r = await f.GraphQL(Create, new { i = input }, author);
        r.AssertNoErrors();
        return r.Data["createListing"]!;
    }

    public static async Task<GraphQLResponse> Listing(this ClusterApi f, Member viewer, string id) =>
        await f.GraphQL("query($id: ID!) { listing(id: $id) { " + Fields + " } }", new { id }, viewer);

    public static async Task<GraphQLResponse> Feed(this ClusterApi f, Member viewer, string neighbourhoodId, int first = 20, string? after = null) =>
        await f.GraphQL(
            "query($n: ID!, $first: Int, $after: String) { feed(neighbourhoodId: $n, first: $first, after: $after) { edges { cursor node { id type title status listingKind author { id } listing { id status } post { id text } } } pageInfo { hasNextPage endCursor } } }",
            new { n = neighbourhoodId, first, after },
            viewer);

    public static List<string> Ids(this GraphQLResponse r, string field) =>
        [.. r.Data[field]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];

    public static string Str(this JsonNode? node, string name) => node![name]!.GetValue<string>();
}
