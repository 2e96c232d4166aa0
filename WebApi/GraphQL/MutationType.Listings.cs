using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Listings, posts and thanks (SPEC §6).</summary>
public sealed partial class MutationType
{
    partial void AddListingFields()
    {
        Field<NonNullGraphType<ListingType>>("createListing")
            .Description("Verified members publish a listing to their neighbourhood (and, with radiusMeters, to nearby ones).")
            .Argument<NonNullGraphType<CreateListingInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var draft = ListingInputs.ToDraft(c.GetArgument<Dictionary<string, object?>>("input"));
                return await c.Grains().GetGrain<IListingGrain>(ContentIds.NewListing()).Create(caller, draft);
            });

        Field<NonNullGraphType<ListingType>>("publishOrganisationListing")
            .Description("An admin or editor of a verified association or business publishes an EVENT, SERVICE_OFFER, HELP_REQUEST (a volunteering call) or GIVEAWAY for it, in 1 to 20 neighbourhoods of its reach (no radius): shown under the organisation's verified name, never the member's, and on its page. FORBIDDEN for a non-member or another kind, NOT_VERIFIED, CONFLICT without a reach, BAD_USER_INPUT outside the reach. Spends the listing quota.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("neighbourhoodIds")
            .Argument<NonNullGraphType<CreateListingInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var draft = ListingInputs.ToDraft(c.GetArgument<Dictionary<string, object?>>("input"));
                return await c.Grains().GetGrain<IListingGrain>(ContentIds.NewListing())
                    .CreateForOrganisation(caller, OrganisationId(c, "organisationId"), c.GetArgument<List<string>>("neighbourhoodIds"), draft);
            });

        Field<NonNullGraphType<ListingType>>("updateListingStatus")
            .Description("The author moves the listing on: AGREED (with counterpartId, one of the residents who responded), DONE, CANCELLED, or back to OPEN.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ListingStatusGraphType>>("status")
            .Argument<IdGraphType>("counterpartId")
            .ResolveAsync(async c => await QueryType.Listing(c, "id")
                .UpdateStatus(c.RequireCaller(), c.GetArgument<ListingStatus>("status"), c.GetArgument<string?>("counterpartId")));

        Field<NonNullGraphType<ListingType>>("pledge")
            .Description("Sets your pledge on an open group purchase; the pledge that reaches the target confirms it.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .Argument<NonNullGraphType<IntGraphType>>("quantity")
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").Pledge(c.RequireCaller(), c.GetArgument<int>("quantity")));

        Field<NonNullGraphType<ListingType>>("unpledge")
            .Description("Withdraws your pledge while the group purchase is open.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").Unpledge(c.RequireCaller()));

        Field<NonNullGraphType<ListingType>>("bookSeat")
            .Description("Books a seat in an open carpool.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").BookSeat(c.RequireCaller()));

        Field<NonNullGraphType<ListingType>>("cancelSeat")
            .Description("Gives your carpool seat back.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").CancelSeat(c.RequireCaller()));

        Field<NonNullGraphType<ListingType>>("rsvp")
            .Description("Attends an open event within its capacity (going: false to withdraw).")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .Argument<BooleanGraphType>("going", a => a.DefaultValue = true)
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").Rsvp(c.RequireCaller(), c.GetArgument("going", true)));

        Field<NonNullGraphType<ConversationType>>("respondToListing")
            .Description("Opens a private conversation with the author (the same one if you respond again), with an optional first message.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .Argument<StringGraphType>("message")
            .ResolveAsync(async c => await QueryType.Listing(c, "listingId").Respond(c.RequireCaller(), c.GetArgument<string?>("message")));

        Field<NonNullGraphType<BooleanGraphType>>("thank")
            .Description("After DONE, thanks the other side of a listing (author ↔ participant), once.")
            .Argument<NonNullGraphType<IdGraphType>>("listingId")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .ResolveAsync(async c =>
            {
                await QueryType.Listing(c, "listingId").Thank(c.RequireCaller(), c.GetArgument<string>("residentId"));
                return true;
            });

        Field<NonNullGraphType<PostGraphType>>("createPost")
            .Description("Verified members post to their neighbourhood's feed.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await c.Grains().GetGrain<IPostGrain>(ContentIds.NewPost()).Create(c.RequireCaller(), c.GetArgument<string>("text")));
    }
}
