using GraphQL.Types;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>A listing an association or business published, as its public page shows it (never the member who wrote it).</summary>
public sealed class OrganisationListingType : ObjectGraphType<OrganisationListing>
{
    public OrganisationListingType()
    {
        Name = "OrganisationListing";
        Description = "An event or offer an association or business published, on its public page.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The listing's id (members of its neighbourhoods open it with listing(id)).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListingKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The description's first 280 characters.").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<DateTimeOffsetGraphType>("startsAt").Description("An event's start.").Resolve(c => c.Source.Event?.StartsAt);
        Field<StringGraphType>("place").Description("An event's place.").Resolve(c => c.Source.Event?.Place);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("neighbourhoods")
            .Description("The names of the neighbourhoods it was published in.")
            .ResolveAsync(async c => (await Task.WhenAll(c.Source.NeighbourhoodIds.Select(id => c.Grains().GetGrain<INeighbourhoodGrain>(id).GetSummary())))
                .OfType<NeighbourhoodSummary>().Select(n => n.Name).Distinct().ToList());
    }
}

public sealed class OrganisationListingPageType : ObjectGraphType<OrganisationListingPage>
{
    public OrganisationListingPageType()
    {
        Name = "OrganisationListingPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationListingType>>>>("items").Description("Newest first.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
    }
}
