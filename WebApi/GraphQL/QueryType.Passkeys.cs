using GraphQL.Types;
using Voisinage.Grains.Passkeys;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    private void AddPasskeyFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PasskeyType>>>>("passkeys")
            .Description("Your passkeys, oldest first.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentPasskeysGrain>(c.RequireCaller()).List());
    }
}
