using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Messaging;

/// <summary>A two-person conversation. Only its participants read or write it; each message goes live to the other one.</summary>
internal sealed class ConversationGrain(
    [PersistentState("conversation", StorageNames.Voisinage)] IPersistentState<ConversationState> conversation,
    TimeProvider clock) : Grain, IConversationGrain
{
    public const int MaxPage = 100;

    private string Id => this.GetPrimaryKeyString();

    private ConversationState State => conversation.State;

    /// <summary>The participants' live streams (keyed by their stream keys, never their ids).</summary>
    private ResidentStreams Streams => streams ??= new(GrainFactory, this.GetStreamProvider(StorageNames.Streams));

    private ResidentStreams? streams;

    public async Task<ConversationView> Open(string? listingId, string initiatorId, string otherId)
    {
        if (initiatorId == otherId)
        {
            throw VoisinageException.BadInput("A conversation needs two residents.");
        }

        if (State.Participants.Count > 0)
        {
            if (!State.Participants.Contains(initiatorId) || !State.Participants.Contains(otherId) || State.ListingId != listingId)
            {
                throw VoisinageException.Conflict("This conversation is between other residents.");
            }
        }
        else
        {
            conversation.State = new ConversationState
            {
                ListingId = listingId,
                Participants = [initiatorId, otherId],
                CreatedAt = clock.GetUtcNow(),
            };
            await conversation.WriteStateAsync();
        }

        // Listed for both sides; repeating is harmless, so a retried open repairs a half-done one.
        await Task.WhenAll(State.Participants.Select(p => GrainFactory.GetGrain<IConversationIndexGrain>(p).Add(Id)));
        return View();
    }

    public Task<ConversationView> Get(string viewerId)
    {
        RequireParticipant(viewerId);
        return Task.FromResult(View());
    }

    public async Task<Message> Send(string senderId, string text)
    {
        RequireParticipant(senderId);
        if (State.Participants.Contains(ResidentIds.Deleted))
        {
            throw VoisinageException.Conflict("The other resident deleted their account: this conversation is closed.");
        }

        var body = TextRules.Text(text, "text", IConversationGrain.MaxText);
        await GrainFactory.GetGrain<IResidentQuotaGrain>(senderId).Spend(QuotaKind.Message);
        var message = new Message($"{Id}:{State.Messages.Count + 1}", Id, senderId, body, clock.GetUtcNow());
        State.Messages.Add(message);
        try
        {
            await conversation.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        await Task.WhenAll(State.Participants.Where(p => p != senderId).Select(p => Streams.Publish(IConversationGrain.StreamNamespace, p, message)));

        // Each recipient also gets an in-app notification (the bell), which opens the conversation.
        var snippet = body.Length <= 80 ? body : string.Concat(body.AsSpan(0, 79), "…");
        var notification = new Notification($"message:{message.Id}", "MESSAGE", null, $"Nouveau message : {snippet}", message.SentAt, $"/messages/{Uri.EscapeDataString(Id)}");
        await Task.WhenAll(State.Participants.Where(p => p != senderId).Select(p => GrainFactory.GetGrain<INotificationInboxGrain>(p).Add(notification)));
        return message;
    }

    public Task<MessagePage> Messages(string viewerId, int first, string? before)
    {
        RequireParticipant(viewerId);
        var size = Cursors.PageSize(first, MaxPage);
        var end = State.Messages.Count;
        if (before is not null)
        {
            end = (int)Math.Clamp(Cursors.Decode(before, 1)[0], 0, State.Messages.Count);
        }

        // A cursor is the message's position (1-based); messages are never removed, so positions hold.
        var start = Math.Max(0, end - size);
        var edges = new List<MessageEdge>(end - start);
        for (var i = end - 1; i >= start; i--)
        {
            edges.Add(new MessageEdge(Cursors.Encode(i), State.Messages[i]));
        }

        return Task.FromResult(new MessagePage(edges, start > 0));
    }

    public async Task<string?> Forget(string residentId)
    {
        if (!State.Participants.Contains(residentId))
        {
            return State.ListingId;
        }

        Streams.Forget(residentId);
        string Anonymous(string id) => id == residentId ? ResidentIds.Deleted : id;
        conversation.State = State with
        {
            Participants = [.. State.Participants.Select(Anonymous)],
            Messages = [.. State.Messages.Select(m => m.SenderId == residentId ? m with { SenderId = ResidentIds.Deleted } : m)],
        };
        await conversation.WriteStateAsync();
        return State.ListingId;
    }

    private void RequireParticipant(string residentId)
    {
        if (State.Participants.Count == 0)
        {
            throw VoisinageException.NotFound("No such conversation.");
        }

        if (!State.Participants.Contains(residentId))
        {
            throw VoisinageException.Forbidden("Only its participants can read or write a conversation.");
        }
    }

    private ConversationView View() =>
        new(Id, State.ListingId, State.Participants, State.CreatedAt, State.Messages.Count, State.Messages.Count > 0 ? State.Messages[^1] : null);
}

[GenerateSerializer]
public sealed record ConversationState
{
    [Id(0)] public string? ListingId { get; init; }
    [Id(1)] public List<string> Participants { get; init; } = [];
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public List<Message> Messages { get; init; } = [];
}
