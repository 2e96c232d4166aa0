using Microsoft.Extensions.Options;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Feed;

/// <summary>
/// A post on the timeline of its author's neighbourhood. Delivery to the feed goes through an outbox: the post is saved
/// with its delivery pending, under a reminder registered before, and the flag is cleared once the feed has it; a crash
/// in between is finished by the next activation or the reminder (the feed takes an item it already has as a no-op).
/// </summary>
internal sealed class PostGrain(
    [PersistentState("post", StorageNames.Voisinage)] IPersistentState<PostState> post,
    IOptions<Operations.FaultInjectionOptions> faults,
    TimeProvider clock) : Grain, IPostGrain, IRemindable
{
    public const int MaxText = 4000;

    private const string FeedDeliveryReminder = "feed-delivery";

    /// <summary>
    /// First retry, then period, of the reminder that finishes an interrupted delivery (Orleans takes no reminder period
    /// under a minute).
    /// </summary>
    private static readonly TimeSpan DeliveryRetry = TimeSpan.FromMinutes(1);

    private IGrainReminder? _deliveryReminder;


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
        // Noted before the post holds their id: the author's account closure finds it.
        await GrainFactory.GetGrain<IResidentPostsGrain>(authorId).Note(Id);

        // The reminder first: once the post is saved, something durable is bound to deliver it.
        _deliveryReminder = await this.RegisterOrUpdateReminder(FeedDeliveryReminder, DeliveryRetry, DeliveryRetry);
        post.State = new PostState
        {
            AuthorId = authorId,
            NeighbourhoodId = neighbourhoodId,
            Text = body,
            CreatedAt = clock.GetUtcNow(),
            FeedPending = true,
        };
        await post.WriteStateAsync();
        faults.Value.CrashIfMarked(body, "post saved, feed not yet delivered");

        await DeliverToFeed();
        return View();
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (post.State.FeedPending)
        {
            try
            {
                await DeliverToFeed();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The reminder retries; the post itself can be read meanwhile.
            }
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FeedDeliveryReminder)
        {
            return;
        }

        if (post.State.FeedPending)
        {
            await DeliverToFeed();
        }
        else if (await this.GetReminder(FeedDeliveryReminder) is { } reminder)
        {
            // Delivered (or never saved: a crash between the reminder and the save): nothing left to do.
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Puts the post on its neighbourhood's feed (following a merge since), then clears the outbox and its reminder.</summary>
    private async Task DeliverToFeed()
    {
        await (await Feed()).Append(ToFeedItem());
        post.State.FeedPending = false;
        await post.WriteStateAsync();
        if ((_deliveryReminder ?? await this.GetReminder(FeedDeliveryReminder)) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _deliveryReminder = null;
        }
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

    public async Task ForgetAuthor(string residentId)
    {
        if (post.State.AuthorId != residentId)
        {
            return;
        }

        post.State.AuthorId = ResidentIds.Deleted;
        await post.WriteStateAsync();
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

    private async Task RefreshFeed() => await (await Feed()).Update(ToFeedItem());

    /// <summary>The feed of the post's neighbourhood as it is now (the survivor, after a merge).</summary>
    private async Task<IFeedGrain> Feed() =>
        GrainFactory.GetGrain<IFeedGrain>(await Neighbourhoods.NeighbourhoodLookup.Resolve(GrainFactory, post.State.NeighbourhoodId!) ?? post.State.NeighbourhoodId!);

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

    /// <summary>Saved with the post, cleared once its feed has it (the outbox).</summary>
    [Id(5)] public bool FeedPending { get; set; }
}
