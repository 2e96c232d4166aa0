using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Feed;

/// <summary>The posts one resident wrote (see <see cref="IResidentPostsGrain"/>).</summary>
internal sealed class ResidentPostsGrain(
    [PersistentState("residentPosts", StorageNames.Voisinage)] IPersistentState<ResidentPostsState> state) : Grain, IResidentPostsGrain
{
    public Task Note(string postId) => ResidentNotes.Note(state, state.State.Posts, postId);

    public Task Forget() =>
        ResidentNotes.ForgetAll(state, state.State.Posts, postId => GrainFactory.GetGrain<IPostGrain>(postId).ForgetAuthor(this.GetPrimaryKeyString()));
}

[GenerateSerializer]
public sealed record ResidentPostsState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<string> Posts { get; init; } = [];
}
