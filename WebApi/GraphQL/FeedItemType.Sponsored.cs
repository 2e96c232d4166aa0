using GraphQL.Types;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Sponsored;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>The sponsored part of a feed item: its campaign, for entries of type SPONSORED.</summary>
public sealed partial class FeedItemGraphType
{
    partial void AddSponsoredFields()
    {
        Field<SponsoredItemType>("sponsored").Description("For SPONSORED entries (labelled \"Sponsorisé\"): the campaign and its advertiser.")
            .ResolveAsync(async c => c.Source.Type == FeedItemType.Sponsored ? await c.Grains().GetGrain<ICampaignGrain>(c.Source.Id).Get() : null);
    }
}
