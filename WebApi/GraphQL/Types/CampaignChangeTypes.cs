using GraphQL.Types;
using Voisinage.Grains.Sponsored;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class CampaignLogActionGraphType : EnumerationGraphType<CampaignLogAction>
{
    public CampaignLogActionGraphType()
    {
        Name = "CampaignLogAction";
        Description = "What the business did to its campaign: EDITED, PAUSED, RESUMED or CANCELLED.";
    }
}

/// <summary>One change of a campaign by its business (its history, for its members and operators).</summary>
public sealed class CampaignLogEntryType : ObjectGraphType<CampaignLogEntry>
{
    public CampaignLogEntryType()
    {
        Name = "CampaignLogEntry";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<CampaignLogActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<IdGraphType>>("actorId").Description("The member who did it.").Resolve(c => c.Source.ActorId);
        Field<NonNullGraphType<StringGraphType>>("detail")
            .Description("For an edit, the fields changed (title text startsAt endsAt impressions), and \"; PENDING\" when it went back to the operators.")
            .Resolve(c => c.Source.Detail);
    }
}

public sealed class CampaignChangesInputType : InputObjectGraphType
{
    public CampaignChangesInputType()
    {
        Name = "CampaignChangesInput";
        Description = "The fields to change (absent or null: unchanged). A new title or text of an approved or paused campaign sends it back to the operators.";
        Field<StringGraphType>("title").Description("1–80 characters.");
        Field<StringGraphType>("text").Description("1–500 characters.");
        Field<DateTimeOffsetGraphType>("startsAt");
        Field<DateTimeOffsetGraphType>("endsAt").Description("After startsAt and in the future; at most 90 days after startsAt.");
        Field<IntGraphType>("impressions").Description("Up to 50,000, and never fewer than those already delivered.");
    }
}
