using GraphQL.Types;
using Voisinage.Grains.Organisations;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class AnnouncementKindGraphType : EnumerationGraphType<AnnouncementKind>
{
    public AnnouncementKindGraphType()
    {
        Name = "AnnouncementKind";
        Description = "INFORMATION, WORKS, WEATHER_VIGILANCE or EMERGENCY.";
    }
}

public sealed class AnnouncementType : ObjectGraphType<Announcement>
{
    public AnnouncementType()
    {
        Name = "Announcement";
        Description = "An official announcement of a verified town hall or public agency, labelled with its verified name. Who of its members published it is not shown.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field<NonNullGraphType<StringGraphType>>("organisationName").Description("The organisation's verified name when it published.").Resolve(c => c.Source.OrganisationName);
        Field<NonNullGraphType<AnnouncementKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Resolve(c => c.Source.PublishedAt);
    }
}

public sealed class AnnouncementPageType : ObjectGraphType<AnnouncementPage>
{
    public AnnouncementPageType()
    {
        Name = "AnnouncementPage";
        Description = "A page of your announcements, newest first; pass the last id as `after` for the next.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnouncementType>>>>("items").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
    }
}
