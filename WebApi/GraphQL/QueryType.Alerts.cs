using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    partial void AddAlertFields()
    {
        AddPushFields();
        Field<NonNullGraphType<AlertPageType>>("alerts")
            .Description("Members: the neighbourhood's alerts after sequence `since` (0 for all), oldest first, at most `first` (1–500).")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Argument<LongGraphType>("since", a => a.DefaultValue = 0L)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c => await c.Grains().GetGrain<IAlertDirectoryGrain>(0).ReadFor(
                c.RequireCaller(), c.GetArgument<string>("neighbourhoodId"), c.GetArgument("since", 0L), c.GetArgument("first", 100)));
    }

    partial void AddPushFields();
}
