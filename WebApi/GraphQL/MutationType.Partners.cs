using GraphQL;
using GraphQL.Types;
using Voisinage.WebApi.GraphQL.Types;
using Voisinage.WebApi.Partners;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Partner services registered by operators (in the operators' log), and revoked by residents (docs/partners.md).</summary>
public sealed partial class MutationType
{
    partial void AddPartnerFields()
    {
        Field<NonNullGraphType<PartnerClientRegistrationType>>("registerPartnerClient")
            .Description("Operators: registers a partner service (authorization code + PKCE; logged). A confidential client's secret is in the answer, this once.")
            .Argument<NonNullGraphType<RegisterPartnerClientInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var registration = new PartnerRegistration(
                    Text(input, "name"), Texts(input, "redirectUris"), Texts(input, "postLogoutRedirectUris"), Texts(input, "scopes"),
                    input.GetValueOrDefault("confidential") is true);
                return await c.RequestServices!.GetRequiredService<PartnerClients>().Register(c.RequireCaller(), registration, c.CancellationToken);
            });

        Field<NonNullGraphType<BooleanGraphType>>("removePartnerClient")
            .Description("Operators: removes a partner service, with a reason (logged); every sign-in and token it held ends.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                await c.RequestServices!.GetRequiredService<PartnerClients>().Remove(c.RequireCaller(), c.GetArgument<string>("clientId"), c.GetArgument<string>("reason"), c.CancellationToken);
                return true;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectedServiceType>>>>("revokeConnectedService")
            .Description("Ends what you let a partner service see: its tokens stop working at once, and it will ask again. Returns your connected services.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!.GetRequiredService<ConnectedServices>();
                var residentId = c.RequireCaller();
                await services.Revoke(residentId, c.GetArgument<string>("clientId"), c.CancellationToken);
                return await services.List(residentId, c.CancellationToken);
            });
    }

    private static List<string> Texts(Dictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name) is IEnumerable<object?> values ? values.OfType<string>().ToList() : [];

    partial void AddPartnerFields();
}
