using Voisinage.Grains.Feed;

namespace Voisinage.Grains.Messaging;

/// <summary>A resident's conversations in the order they were opened; cursors are positions, so pages are stable.</summary>
internal sealed class ConversationIndexGrain(
    [PersistentState("conversations", StorageNames.Voisinage)] IPersistentState<ConversationIndexState> index) : Grain, IConversationIndexGrain
{
    public const int MaxPage = 100;

    public async Task Add(string conversationId)
    {
        if (!index.State.Ids.Contains(conversationId))
        {
            index.State.Ids.Add(conversationId);
            await index.WriteStateAsync();
        }
    }

    public Task<ConversationIdPage> List(int first, string? after)
    {
        var size = Cursors.PageSize(first, MaxPage);
        var end = index.State.Ids.Count;
        if (after is not null)
        {
            end = (int)Math.Clamp(Cursors.Decode(after, 1)[0], 0, index.State.Ids.Count);
        }

        var start = Math.Max(0, end - size);
        var edges = new List<ConversationIdEdge>(end - start);
        for (var i = end - 1; i >= start; i--)
        {
            edges.Add(new ConversationIdEdge(Cursors.Encode(i), index.State.Ids[i]));
        }

        return Task.FromResult(new ConversationIdPage(edges, start > 0));
    }

    public Task Forget() => index.ClearStateAsync();
}

[GenerateSerializer]
public sealed record ConversationIndexState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<string> Ids { get; init; } = [];
}
