namespace Voisinage.Grains.Feed;

/// <summary>The posts one resident wrote (see <see cref="IResidentPostsGrain"/>).</summary>
internal sealed class ResidentPostsGrain(
    [PersistentState("residentPosts", StorageNames.Voisinage)] IPersistentState<ResidentPostsState> state) : Grain, IResidentPostsGrain
{
    public async Task Note(string postId)
    {
        if (!state.State.Posts.Contains(postId))
        {
            state.State.Posts.Add(postId);
            await state.WriteStateAsync();
        }
    }

    public async Task Forget()
    {
        // Each post's part is idempotent and this list is deleted last: a resumed closure repeats what is left.
        foreach (var postId in state.State.Posts)
        {
            await GrainFactory.GetGrain<IPostGrain>(postId).ForgetAuthor(this.GetPrimaryKeyString());
        }

        await state.ClearStateAsync();
    }
}

[GenerateSerializer]
public sealed record ResidentPostsState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<string> Posts { get; init; } = [];
}
