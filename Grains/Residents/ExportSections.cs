using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Sponsored;

namespace Voisinage.Grains.Residents;

/// <summary>
/// The parts of <c>exportMyData</c> held outside the resident grain, each read from the grain keyed by the resident id
/// that keeps it (organisations, recommendations, announcements, hidden advertisers, notifications, conversations,
/// listings, thanks).
/// Every list is the resident's own, read whole: each store bounds its size.
/// </summary>
internal static class ExportSections
{
    /// <summary>The organisations the resident belongs to, with their role and since when.</summary>
    public static async Task<IReadOnlyList<object>> Organisations(IGrainFactory grains, string residentId)
    {
        var sections = new List<object>();
        foreach (var id in await grains.GetGrain<IResidentOrganisationsGrain>(residentId).List())
        {
            // The list is told after each organisation saves a departure: one the resident just left is skipped.
            var organisation = grains.GetGrain<IOrganisationGrain>(id);
            if (await organisation.Get() is not { } o || await organisation.RoleOf(residentId) is null)
            {
                continue;
            }

            var member = (await organisation.GetMembers(residentId)).FirstOrDefault(m => m.ResidentId == residentId);
            sections.Add(new { id = o.Id, name = o.Name, kind = o.Kind.ToString(), role = member?.Role.ToString(), since = member?.Since });
        }

        return sections;
    }

    /// <summary>The organisations the resident recommends.</summary>
    public static async Task<IReadOnlyList<object>> Recommendations(IGrainFactory grains, string residentId) =>
        await Named(grains, await grains.GetGrain<IResidentOrganisationsGrain>(residentId).Recommendations());

    /// <summary>The advertisers the resident hid from their feed.</summary>
    public static async Task<IReadOnlyList<object>> HiddenAdvertisers(IGrainFactory grains, string residentId) =>
        await Named(grains, await grains.GetGrain<IResidentSponsoredGrain>(residentId).Hidden());

    /// <summary>The official announcements the resident received, newest first.</summary>
    public static async Task<IReadOnlyList<object>> Announcements(IGrainFactory grains, string residentId)
    {
        var received = grains.GetGrain<IResidentAnnouncementsGrain>(residentId);
        var all = new List<Announcement>();
        AnnouncementPage page;
        do
        {
            page = await received.Page(ResidentAnnouncementsGrain.MaxPage, all.Count > 0 ? all[^1].Id : null);
            all.AddRange(page.Items);
        }
        while (page.HasNextPage);
        return [.. all.Select(a => new { id = a.Id, organisationId = a.OrganisationId, organisationName = a.OrganisationName, kind = a.Kind.ToString(), title = a.Title, body = a.Body, publishedAt = a.PublishedAt })];
    }

    /// <summary>The notification preferences: kinds turned off per channel, quiet hours and time zone, digest, alert radius.</summary>
    public static async Task<object> NotificationPreferences(IGrainFactory grains, string residentId)
    {
        var p = await grains.GetGrain<INotificationPreferencesGrain>(residentId).Get();
        return new
        {
            turnedOff = p.Off.Select(c => new { kind = c.Kind.ToString(), channel = c.Channel.ToString() }),
            quietHours = p.Quiet is { } q ? new { start = q.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), end = q.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), timeZone = q.TimeZone } : null,
            digest = p.Digest.ToString(),
            alertRadiusMeters = p.AlertRadiusMeters,
        };
    }

    /// <summary>The in-app notifications, newest first.</summary>
    public static async Task<IReadOnlyList<object>> Notifications(IGrainFactory grains, string residentId)
    {
        var inbox = grains.GetGrain<INotificationInboxGrain>(residentId);
        var all = new List<NotificationView>();
        NotificationPage page;
        do
        {
            page = await inbox.Page(NotificationInboxGrain.MaxPage, all.Count > 0 ? all[^1].Cursor : null);
            all.AddRange(page.Items);
        }
        while (page.HasNextPage);
        return [.. all.Select(n => new { kind = n.Notification.Kind, text = n.Notification.Text, at = n.Notification.At, url = n.Notification.Url, read = n.Read })];
    }

    /// <summary>The resident's conversations with the messages they wrote (the other side's messages are theirs).</summary>
    public static async Task<IReadOnlyList<object>> Conversations(IGrainFactory grains, string residentId)
    {
        var index = grains.GetGrain<IConversationIndexGrain>(residentId);
        var sections = new List<object>();
        string? after = null;
        ConversationIdPage ids;
        do
        {
            ids = await index.List(ConversationIndexGrain.MaxPage, after);
            foreach (var edge in ids.Edges)
            {
                var conversation = grains.GetGrain<IConversationGrain>(edge.ConversationId);
                var view = await conversation.Get(residentId);
                var written = new List<Message>();
                string? before = null;
                MessagePage messages;
                do
                {
                    messages = await conversation.Messages(residentId, ConversationGrain.MaxPage, before);
                    written.AddRange(messages.Edges.Select(e => e.Message).Where(m => m.SenderId == residentId));
                    before = messages.Edges.Count > 0 ? messages.Edges[^1].Cursor : null;
                }
                while (messages.HasNextPage && before is not null);
                sections.Add(new { id = view.Id, listingId = view.ListingId, createdAt = view.CreatedAt, messagesWritten = written.Select(m => new { sentAt = m.SentAt, text = m.Text }) });
            }

            after = ids.Edges.Count > 0 ? ids.Edges[^1].Cursor : null;
        }
        while (ids.HasNextPage && after is not null);
        return sections;
    }

    /// <summary>The listings the resident wrote or took part in (pledged, booked, attended, responded, agreed, thanked), oldest first.</summary>
    public static async Task<IReadOnlyList<object>> Listings(IGrainFactory grains, string residentId)
    {
        var sections = new List<object>();
        foreach (var id in await grains.GetGrain<IResidentListingsGrain>(residentId).List())
        {
            if (await grains.GetGrain<IListingGrain>(id).PartOf(residentId) is { } p)
            {
                sections.Add(new
                {
                    id = p.ListingId,
                    kind = p.Kind.ToString(),
                    title = p.Title,
                    status = p.Status.ToString(),
                    createdAt = p.CreatedAt,
                    author = p.Author,
                    pledged = p.Pledged,
                    seat = p.Seat,
                    going = p.Going,
                    responded = p.Responded,
                    counterpart = p.Counterpart,
                    thanksGiven = p.ThanksGiven,
                });
            }
        }

        return sections;
    }

    /// <summary>The thanks the resident received: one per listing and sender, by listing.</summary>
    public static async Task<IReadOnlyList<object>> ThanksReceived(IGrainFactory grains, string residentId) =>
        [.. (await grains.GetGrain<IThanksGrain>(residentId).Listings()).Select(listingId => new { listingId })];

    private static async Task<IReadOnlyList<object>> Named(IGrainFactory grains, IReadOnlyList<string> organisationIds)
    {
        var organisations = await Task.WhenAll(organisationIds.Select(id => grains.GetGrain<IOrganisationGrain>(id).Get()));
        return [.. organisationIds.Zip(organisations).Select(p => new { id = p.First, name = p.Second?.Name })];
    }
}
