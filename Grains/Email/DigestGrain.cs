using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Email;

/// <summary>
/// One resident's digest (see <see cref="IDigestGrain"/>). A grain timer on the injected clock fires at the due time;
/// a reminder (only while digests are on) wakes the grain after a restart. The digest reads the neighbourhood's
/// timeline as the resident (so membership is checked there) and hands the mail to the outbox.
/// </summary>
internal sealed class DigestGrain(
    [PersistentState("digest", StorageNames.Voisinage)] IPersistentState<DigestState> digest,
    IOptions<EmailOptions> options,
    TimeProvider clock) : Grain, IDigestGrain, IRemindable
{
    private const string WakeReminder = "digest-wake";
    private const int MaxItemsPerSection = 20;
    private const int PagesRead = 5;

    /// <summary>A resolved alert raised longer ago than this is not told (the timeline is read newest first).</summary>
    private static readonly TimeSpan ResolvedLookBack = TimeSpan.FromDays(30);

    private IGrainTimer? timer;

    private string ResidentId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Arm();
        return Task.CompletedTask;
    }

    public async Task Reschedule(NotificationPreferences preferences)
    {
        var now = clock.GetUtcNow();
        var zone = preferences.Quiet?.TimeZone ?? NotificationPreferences.DefaultTimeZone;
        var next = DigestSchedule.Next(preferences.Digest, options.Value.DigestTime, zone, now);
        digest.State = digest.State with
        {
            Frequency = preferences.Digest,
            TimeZone = zone,
            NextDueAt = next,
            CoveredUpTo = next is null ? null : digest.State.CoveredUpTo ?? now,
        };
        await digest.WriteStateAsync();
        if (next is null)
        {
            if (await this.GetReminder(WakeReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else
        {
            await this.RegisterOrUpdateReminder(WakeReminder, TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        }

        Arm();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => SendIfDue();

    public async Task Forget()
    {
        if (await this.GetReminder(WakeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        await digest.ClearStateAsync();
    }

    public Task<DateTimeOffset?> GetNextDue() => Task.FromResult(digest.State.NextDueAt);

    public async Task SendIfDue()
    {
        var now = clock.GetUtcNow();
        if (digest.State.NextDueAt is not { } due || due > now)
        {
            Arm();
            return;
        }

        var since = digest.State.CoveredUpTo ?? due;
        var profile = await GrainFactory.GetGrain<IResidentAccountGrain>(ResidentId).GetProfile();
        var told = digest.State.ResolvedTold;
        if (profile?.NeighbourhoodId is { } neighbourhood)
        {
            var (sections, resolved) = await Compose(neighbourhood, since, now);
            if (sections.Count > 0)
            {
                var mail = DigestMail.Build(
                    profile.Email,
                    profile.Pseudo,
                    digest.State.Frequency == DigestFrequency.Weekly,
                    sections,
                    options.Value.PublicUrl,
                    await UnsubscribeUrl());
                await GrainFactory.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.ShardOf(mail.To)).Enqueue(mail);
                told = [.. told.Concat(resolved).TakeLast(100)];
            }
        }

        digest.State = digest.State with
        {
            CoveredUpTo = now,
            ResolvedTold = told,
            NextDueAt = DigestSchedule.Next(digest.State.Frequency, options.Value.DigestTime, digest.State.TimeZone, now),
        };
        await digest.WriteStateAsync();
        Arm();
    }

    public async Task<bool> IsUnsubscribeSignature(string signature)
    {
        var expected = await Sign();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature ?? string.Empty), Encoding.ASCII.GetBytes(expected));
    }

    /// <summary>What is new in the neighbourhood's timeline since <paramref name="since"/>, by section, and the resolved alerts told.</summary>
    private async Task<(List<DigestSection> Sections, List<string> Resolved)> Compose(string neighbourhoodId, DateTimeOffset since, DateTimeOffset now)
    {
        var listings = new List<(string, string)>();
        var events = new List<(string, string)>();
        var resolved = new List<(string, string)>();
        var resolvedIds = new List<string>();
        var feed = GrainFactory.GetGrain<IFeedGrain>(neighbourhoodId);
        string? after = null;
        for (var page = 0; page < PagesRead; page++)
        {
            var read = await feed.Read(ResidentId, FeedGrain.MaxPage, after, null);
            foreach (var edge in read.Edges)
            {
                var item = edge.Item;
                if (item.Hidden || item.AuthorId == ResidentId)
                {
                    continue;
                }

                if (item.Type == FeedItemType.Listing && item.CreatedAt > since && item.CreatedAt <= now)
                {
                    (item.ListingKind == ListingKind.Event ? events : listings).Add((item.Title, $"/annonces/{item.Id}"));
                }
                else if (item.Type == FeedItemType.Alert && item.Status == "RESOLVED" && !digest.State.ResolvedTold.Contains(item.Id))
                {
                    resolved.Add((item.Title, $"/alertes#{item.Id}"));
                    resolvedIds.Add(item.Id);
                }
            }

            var oldest = read.Edges.Count > 0 ? read.Edges[^1].Item.CreatedAt : since;
            if (!read.HasNextPage || oldest < since - ResolvedLookBack)
            {
                break;
            }

            after = read.Edges[^1].Cursor;
        }

        var sections = new List<DigestSection>();
        Add(sections, "Nouvelles annonces", listings);
        Add(sections, "Événements", events);
        Add(sections, "Alertes résolues", resolved);
        return (sections, resolvedIds);
    }

    private static void Add(List<DigestSection> sections, string heading, List<(string, string)> items)
    {
        if (items.Count > 0)
        {
            sections.Add(new DigestSection(heading, [.. items.Take(MaxItemsPerSection)]));
        }
    }

    private async Task<string> UnsubscribeUrl() => MailLayout.Link(
        options.Value.PublicUrl,
        $"/email/desabonnement?resident={Uri.EscapeDataString(ResidentId)}&signature={await Sign()}");

    /// <summary>HMAC-SHA256 of the resident id under the cluster's mail key: the link works without signing in, for this resident only.</summary>
    private async Task<string> Sign()
    {
        var key = await GrainFactory.GetGrain<IMailSigningKeyGrain>(0).GetKey();
        return System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("digest-unsubscribe:" + ResidentId)));
    }

    /// <summary>Sets the timer to the due time (the clock's), or stops it while digests are off.</summary>
    private void Arm()
    {
        if (digest.State.NextDueAt is not { } due)
        {
            timer?.Dispose();
            timer = null;
            return;
        }

        var dueIn = due - clock.GetUtcNow();
        dueIn = dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn;
        timer?.Dispose();
        timer = this.RegisterGrainTimer(SendIfDue, new GrainTimerCreationOptions(dueIn, Timeout.InfiniteTimeSpan));
    }
}
