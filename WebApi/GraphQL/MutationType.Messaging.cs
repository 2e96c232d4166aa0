using GraphQL;
using GraphQL.Types;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    partial void AddMessagingFields()
    {
        Field<NonNullGraphType<MessageGraphType>>("sendMessage")
            .Description("Writes in one of your conversations; the other participant receives it live (messageReceived).")
            .Argument<NonNullGraphType<IdGraphType>>("conversationId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await QueryType.Conversation(c, "conversationId").Send(c.RequireCaller(), c.GetArgument<string>("text")));
    }
}
