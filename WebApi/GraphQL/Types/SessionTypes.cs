using GraphQL.Types;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class ActiveSessionType : ObjectGraphType<ActiveSession>
{
    public ActiveSessionType()
    {
        Name = "ActiveSession";
        Description = "One of your sign-ins whose token still works. No address is kept: the device is the browser and system read from its user agent.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When you signed in.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastSeenAt").Description("The last request made with it (saved within a minute).").Resolve(c => c.Source.LastSeenAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Description("When its token expires.").Resolve(c => c.Source.ExpiresAt);
        Field<StringGraphType>("browser").Description("Browser family (Firefox, Chrome…), null when not recognised.").Resolve(c => c.Source.Browser);
        Field<StringGraphType>("system").Description("Operating system (Android, iOS, Windows…), null when not recognised.").Resolve(c => c.Source.System);
        Field<NonNullGraphType<BooleanGraphType>>("current").Description("The session this request was made with.").Resolve(c => c.Source.Current);
    }
}
