using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>A private conversation; only its participants get it.</summary>
public sealed class ConversationType : ObjectGraphType<ConversationView>
{
    public ConversationType()
    {
        Name = "Conversation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<ListingType>("listing").Description("The listing it is about, while you may still see it.")
            .ResolveAsync(async c =>
            {
                if (c.Source.ListingId is not { } id)
                {
                    return null;
                }

                try
                {
                    return await c.Grains().GetGrain<IListingGrain>(id).Get(c.RequireCaller());
                }
                catch (VoisinageException e) when (e.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
                {
                    return null;
                }
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("participants")
            .ResolveAsync(async c =>
            {
                var profiles = await Task.WhenAll(c.Source.ParticipantIds.Select(id => c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile()));
                return profiles.OfType<ResidentProfile>().ToList();
            });
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<IntGraphType>>("messageCount").Resolve(c => c.Source.MessageCount);
        Field<MessageGraphType>("lastMessage").Resolve(c => c.Source.LastMessage);
        Field<NonNullGraphType<ConnectionType<MessageGraphType>>>("messages")
            .Description("Newest first; pass endCursor as after for older ones.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var page = await c.Grains().GetGrain<IConversationGrain>(c.Source.Id)
                    .Messages(c.RequireCaller(), c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Edges.Select(e => (e.Cursor, e.Message)), page.HasNextPage);
            });
    }
}

public sealed class MessageGraphType : ObjectGraphType<Message>
{
    public MessageGraphType()
    {
        Name = "Message";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("conversationId").Resolve(c => c.Source.ConversationId);
        Field<ResidentType>("sender").ResolveAsync(async c => await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.SenderId).GetProfile());
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("sentAt").Resolve(c => c.Source.SentAt);
    }
}

/// <summary>Builds Relay connections from grain pages.</summary>
public static class Connections
{
    public static Connection<T> Of<T>(IEnumerable<(string Cursor, T Node)> edges, bool hasNextPage)
    {
        var list = edges.Select(e => new Edge<T> { Cursor = e.Cursor, Node = e.Node }).ToList();
        return new Connection<T>
        {
            Edges = list,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = false,
                StartCursor = list.FirstOrDefault()?.Cursor,
                EndCursor = list.LastOrDefault()?.Cursor,
            },
        };
    }
}
