using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Organisations;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    private void AddAnnouncementFields()
    {
        Field<NonNullGraphType<AnnouncementPageType>>("announcements")
            .Description("The official announcements you received (your home lies in the organisation's area), newest first; at most 50 a page, the latest 100 kept.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<IdGraphType>("after")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentAnnouncementsGrain>(c.RequireCaller())
                .Page(c.GetArgument("first", 20), c.GetArgument<string?>("after")));
    }
}
