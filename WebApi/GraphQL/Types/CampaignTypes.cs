using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Sponsored;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class CampaignStatusGraphType : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusGraphType()
    {
        Name = "CampaignStatus";
        Description = "PENDING (waiting for an operator), APPROVED (runs between its dates until its impressions are delivered), REJECTED (with the operator's reason), PAUSED by its business (served to nobody until resumed) or CANCELLED by its business (final).";
    }
}

/// <summary>A sponsored campaign as its business and operators see it.</summary>
public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A verified business's sponsored campaign (docs/organisations.md, \"Sponsored campaigns\").";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field<NonNullGraphType<StringGraphType>>("advertiser").Description("The business's verified name when it was created.").Resolve(c => c.Source.AdvertiserName);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("neighbourhoodIds").Description("The targeted neighbourhoods; empty for the whole reach.").Resolve(c => c.Source.NeighbourhoodIds);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<IntGraphType>>("impressions").Description("Impressions bought: one per resident per day.").Resolve(c => c.Source.Impressions);
        Field<NonNullGraphType<IntGraphType>>("delivered").Description("Impressions counted so far (never more than bought).").Resolve(c => c.Source.Delivered);
        Field<NonNullGraphType<CampaignStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("decision").Description("The operator's reason.").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<CampaignStatisticsType>>("statistics")
            .Description("Impressions per neighbourhood, for the business's members and operators (FORBIDDEN for others).")
            .ResolveAsync(async c => await c.Grains().GetGrain<ICampaignGrain>(c.Source.Id).Statistics(c.RequireCaller()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignLogEntryType>>>>("log")
            .Description("What the business did to it since it was created (edits, pauses, cancellation), oldest first: for its members and operators (FORBIDDEN for others).")
            .ResolveAsync(async c => await c.Grains().GetGrain<ICampaignGrain>(c.Source.Id).GetLog(c.RequireCaller()));
    }
}

public sealed class CampaignStatisticsType : ObjectGraphType<CampaignStatistics>
{
    public CampaignStatisticsType()
    {
        Name = "CampaignStatistics";
        Description = "Aggregated per neighbourhood; a neighbourhood's figure is shown only where at least 10 residents were counted. Nobody is named.";
        Field<NonNullGraphType<IntGraphType>>("delivered").Resolve(c => c.Source.Delivered);
        Field<NonNullGraphType<IntGraphType>>("impressions").Resolve(c => c.Source.Impressions);
        Field<NonNullGraphType<IntGraphType>>("minResidents").Description("The threshold under which a neighbourhood's figure is withheld.").Resolve(_ => CampaignStatistics.MinResidents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourhoodImpressionsType>>>>("neighbourhoods").Resolve(c => c.Source.Neighbourhoods);
    }
}

public sealed class NeighbourhoodImpressionsType : ObjectGraphType<NeighbourhoodImpressions>
{
    public NeighbourhoodImpressionsType()
    {
        Name = "NeighbourhoodImpressions";
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Resolve(c => c.Source.NeighbourhoodId);
        Field<StringGraphType>("name").Description("The neighbourhood's name, or null once it is gone.")
            .ResolveAsync(async c => (await c.Grains().GetGrain<INeighbourhoodGrain>(c.Source.NeighbourhoodId).GetSummary())?.Name);
        Field<IntGraphType>("impressions").Description("Null when fewer than 10 residents were counted there (\"moins de 10\").").Resolve(c => c.Source.Impressions);
    }
}

/// <summary>What a feed item of type SPONSORED shows: the campaign and who pays for it, so every client can label it.</summary>
public sealed class SponsoredItemType : ObjectGraphType<Campaign>
{
    public SponsoredItemType()
    {
        Name = "SponsoredItem";
        Description = "A sponsored campaign in the feed: clients label it \"Sponsorisé\" and offer to hide its advertiser (hideAdvertiser).";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The advertiser: its page is the link.").Resolve(c => c.Source.OrganisationId);
        Field<NonNullGraphType<StringGraphType>>("advertiser").Resolve(c => c.Source.AdvertiserName);
        Field<NonNullGraphType<StringGraphType>>("label").Description("\"Sponsorisé\".").Resolve(_ => "Sponsorisé");
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
    }
}

public sealed class CampaignInputType : InputObjectGraphType
{
    public CampaignInputType()
    {
        Name = "CampaignInput";
        Field<NonNullGraphType<StringGraphType>>("title").Description("1–80 characters.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("1–500 characters.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("neighbourhoodIds").Description("Neighbourhoods of the business's reach (at most 20); none: the whole reach.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Description("After startsAt and in the future; at most 90 days after startsAt.");
        Field<NonNullGraphType<IntGraphType>>("impressions").Description("1 to 50,000: one per resident per day.");
    }
}
