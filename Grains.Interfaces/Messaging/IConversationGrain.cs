using Orleans.Concurrency;

namespace Voisinage.Grains.Messaging;

/// <summary>
/// A private conversation between two residents, keyed by its id (<c>cnv_…</c>). Only its participants can
/// read or write it. A new message is published on the stream (<see cref="StreamNamespace"/>, the recipient's stream key:
/// <see cref="Residents.IResidentStreamKeyGrain"/>).
/// </summary>
public interface IConversationGrain : IGrainWithStringKey
{
    const string StreamNamespace = "messages";

    /// <summary>The longest message, in characters.</summary>
    const int MaxText = 2000;

    /// <summary>Opens the conversation (about a listing, if any) between two residents; repeating it is harmless.</summary>
    Task<ConversationView> Open(string? listingId, string initiatorId, string otherId);

    [ReadOnly]
    Task<ConversationView> Get(string viewerId);

    /// <summary>A participant writes (1 to <see cref="MaxText"/> characters).</summary>
    Task<Message> Send(string senderId, string text);

    /// <summary>Messages, newest first, before the <paramref name="before"/> cursor.</summary>
    [ReadOnly]
    Task<MessagePage> Messages(string viewerId, int first, string? before);

    /// <summary>
    /// A participant deleted their account (the closure): the other one keeps the conversation, but the deleted
    /// resident's id, as participant and as the sender of each message they wrote, becomes
    /// <see cref="Residents.ResidentIds.Deleted"/>; nobody writes to it any more. Idempotent; a non-participant changes nothing.
    /// Answers the listing it is about (if any), whose responders the closure then leaves, also when repeated.
    /// </summary>
    Task<string?> Forget(string residentId);
}

/// <summary>A resident's conversations, newest first, keyed by resident id.</summary>
public interface IConversationIndexGrain : IGrainWithStringKey
{
    /// <summary>Lists a conversation (once).</summary>
    Task Add(string conversationId);

    [ReadOnly]
    Task<ConversationIdPage> List(int first, string? after);

    /// <summary>Deletes the list, row included (account closure, once each conversation forgot the resident; idempotent).</summary>
    Task Forget();
}

[GenerateSerializer, Immutable]
public sealed record ConversationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string? ListingId,
    [property: Id(2)] IReadOnlyList<string> ParticipantIds,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] int MessageCount,
    [property: Id(5)] Message? LastMessage);

[GenerateSerializer, Immutable]
public sealed record Message(
    [property: Id(0)] string Id,
    [property: Id(1)] string ConversationId,
    [property: Id(2)] string SenderId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset SentAt);

[GenerateSerializer, Immutable]
public sealed record MessageEdge([property: Id(0)] string Cursor, [property: Id(1)] Message Message);

[GenerateSerializer, Immutable]
public sealed record MessagePage([property: Id(0)] IReadOnlyList<MessageEdge> Edges, [property: Id(1)] bool HasNextPage);

[GenerateSerializer, Immutable]
public sealed record ConversationIdEdge([property: Id(0)] string Cursor, [property: Id(1)] string ConversationId);

[GenerateSerializer, Immutable]
public sealed record ConversationIdPage([property: Id(0)] IReadOnlyList<ConversationIdEdge> Edges, [property: Id(1)] bool HasNextPage);
