using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Private conversations (SPEC §7).</summary>
public sealed partial class QueryType
{
    partial void AddMessagingFields()
    {
        Field<NonNullGraphType<ConnectionType<ConversationType>>>("conversations")
            .Description("Your conversations, newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var page = await c.Grains().GetGrain<IConversationIndexGrain>(caller).List(c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                var views = await Task.WhenAll(page.Edges.Select(async e => (e.Cursor, View: await c.Grains().GetGrain<IConversationGrain>(e.ConversationId).Get(caller))));
                return Connections.Of(views, page.HasNextPage);
            });

        Field<NonNullGraphType<ConversationType>>("conversation")
            .Description("A conversation, for its participants only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Conversation(c, "id").Get(c.RequireCaller()));
    }

    internal static IConversationGrain Conversation(IResolveFieldContext c, string argument)
    {
        var id = c.GetArgument<string>(argument);
        c.RequireCaller();
        return ContentIds.IsConversation(id) ? c.Grains().GetGrain<IConversationGrain>(id) : throw VoisinageException.NotFound("No such conversation.");
    }
}
