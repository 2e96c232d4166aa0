using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Feed;

/// <summary>A post on the timeline of its author's neighbourhood.</summary>
internal sealed class PostGrain(
    [PersistentState("post", StorageNames.Voisinage)] IPersistentState<PostState> post,
    TimeProvider clock) : Grain, IPostGrain
{
    public const int MaxText = 4000;

    private string Id => this.GetPrimaryKeyString();

    public async Task<PostView> Create(string authorId, string text)
    {
        if (post.State.AuthorId is not null)
        {
            throw VoisinageException.Conflict("This post already exists.");
        }

        var body = TextRules.Text(text, "text", MaxText);
        var (neighbourhoodId, _) = (await GrainFactory.StandingOf(authorId)).RequireVerifiedMember(StandingRules.NotVerifiedToPublish, StandingRules.NotMemberToPublish);
        await GrainFactory.GetGrain<IResidentQuotaGrain>(authorId).Spend(QuotaKind.Post);
        post.State = new PostState
        {
            AuthorId = authorId,
            NeighbourhoodId = neighbourhoodId,
            Text = body,
            CreatedAt = clock.GetUtcNow(),
        };
        await post.WriteStateAsync();
        await GrainFactory.GetGrain<IFeedGrain>(neighbourhoodId).Append(ToFeedItem());
        return View();
    }

    public async Task<PostView> Get(string viewerId)
    {
        await RequireViewer(viewerId);
        return View();
    }

    public Task<ModerationSubject> Describe()
    {
        RequireExisting();
        return Task.FromResult(Subject());
    }

    public async Task<ModerationSubject> DescribeForReporter(string reporterId)
    {
        await RequireViewer(reporterId);
        return reporterId != post.State.AuthorId ? Subject() : throw VoisinageException.BadInput("You cannot report your own post.");
    }

    public async Task ApplyHidden(bool hidden)
    {
        if (post.State.AuthorId is null)
        {
            return;
        }

        if (post.State.Moderation.Hidden != hidden)
        {
            post.State.Moderation = new ModerationState { Hidden = hidden };
            await post.WriteStateAsync();
        }

        await RefreshFeed();
    }

    private ModerationSubject Subject() => new(
        SubjectType.Post, Id, post.State.NeighbourhoodId!, post.State.AuthorId!, post.State.Text.Length > 80 ? post.State.Text[..80] : post.State.Text, post.State.CreatedAt);

    private async Task RequireViewer(string viewerId)
    {
        RequireExisting();
        if (viewerId == post.State.AuthorId)
        {
            return;
        }

        var viewer = await GrainFactory.StandingOf(viewerId);
        if (!await viewer.IsMemberOfAny(GrainFactory, [post.State.NeighbourhoodId!]))
        {
            throw VoisinageException.Forbidden("This post is for members of its neighbourhood.");
        }

        if (post.State.Moderation.Hidden && !await viewer.IsLeadOf(GrainFactory, post.State.NeighbourhoodId!))
        {
            throw VoisinageException.NotFound("No such post.");
        }
    }

    private void RequireExisting()
    {
        if (post.State.AuthorId is null)
        {
            throw VoisinageException.NotFound("No such post.");
        }
    }

    private async Task RefreshFeed()
    {
        var feedId = await Neighbourhoods.NeighbourhoodLookup.Resolve(GrainFactory, post.State.NeighbourhoodId!) ?? post.State.NeighbourhoodId!;
        await GrainFactory.GetGrain<IFeedGrain>(feedId).Update(ToFeedItem());
    }

    private FeedItem ToFeedItem() => new(
        Id,
        FeedItemType.Post,
        post.State.NeighbourhoodId!,
        post.State.AuthorId,
        post.State.Text.Length > 80 ? post.State.Text[..80] : post.State.Text,
        post.State.Text.Length > 280 ? post.State.Text[..280] : post.State.Text,
        post.State.CreatedAt,
        Hidden: post.State.Moderation.Hidden);

    private PostView View() => new(Id, post.State.NeighbourhoodId!, post.State.AuthorId!, post.State.Text, post.State.CreatedAt, post.State.Moderation.Hidden);
}

[GenerateSerializer]
public sealed record PostState
{
    [Id(0)] public string? AuthorId { get; set; }
    [Id(1)] public string? NeighbourhoodId { get; set; }
    [Id(2)] public string Text { get; set; } = string.Empty;
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public ModerationState Moderation { get; set; } = new();
}
