namespace Voisinage.Grains.Feed;

/// <summary>
/// The posts one resident wrote, keyed by resident id: noted by each post before it saves its author, so that the
/// account closure finds every post that names them.
/// </summary>
public interface IResidentPostsGrain : IGrainWithStringKey
{
    /// <summary>Notes a post about to be saved with this resident as its author; noting again changes nothing.</summary>
    Task Note(string postId);

    /// <summary>
    /// Account closure: each noted post makes its author <see cref="Residents.ResidentIds.Deleted"/>
    /// (<see cref="IPostGrain.ForgetAuthor"/>), then the list is deleted, row included. Idempotent: a resumed closure
    /// repeats what is left.
    /// </summary>
    Task Forget();
}
