using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Listings;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    private void AddNotificationFields()
    {
        Field<NonNullGraphType<IntGraphType>>("markNotificationsRead")
            .Description("Marks your notifications read up to the one with id upTo (omitted: all). Returns how many stay unread.")
            .Argument<IdGraphType>("upTo")
            .ResolveAsync(async c => await c.Grains().GetGrain<INotificationInboxGrain>(c.RequireCaller()).MarkRead(c.GetArgument<string?>("upTo")));
    }
}
