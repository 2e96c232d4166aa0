using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Feed;

/// <summary>A post on a neighbourhood's timeline, keyed by its id (<c>pst_…</c>). Members only.</summary>
public interface IPostGrain : Moderation.IModeratable
{
    /// <summary>A verified member posts to their neighbourhood.</summary>
    Task<PostView> Create(string authorId, string text);

    /// <summary>The post for a member of its neighbourhood; NOT_FOUND when hidden (except to its author and leads).</summary>
    Task<PostView> Get(string viewerId);

    /// <summary>
    /// Its author deleted their account (the closure, through <see cref="IResidentPostsGrain"/>): the post stays for the
    /// neighbourhood, its author <see cref="Residents.ResidentIds.Deleted"/>, here and in the feed. Idempotent; another
    /// resident's id changes nothing.
    /// </summary>
    Task ForgetAuthor(string residentId);
}

[GenerateSerializer, Immutable]
public sealed record PostView(
    [property: Id(0)] string Id,
    [property: Id(1)] string NeighbourhoodId,
    [property: Id(2)] string AuthorId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Hidden);
