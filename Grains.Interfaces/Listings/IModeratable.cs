namespace Voisinage.Grains.Listings;

/// <summary>
/// Content members can report and leads can hide (SPEC §5): reports from 3 distinct members hide it;
/// a lead of its neighbourhood can hide it or show it again (which clears the reports).
/// </summary>
public interface IModeratable : IGrainWithStringKey, Alerts.IReportableGrain
{
    /// <summary>Records a report by a member who can see the content; true when the content is hidden now.</summary>
    Task<bool> Report(string reporterId);

    /// <summary>A lead hides the content.</summary>
    Task Hide(string leadId);

    /// <summary>A lead shows the content again and clears its reports.</summary>
    Task Unhide(string leadId);
}

/// <summary>Finds the grain behind a content id (listing or post), for <c>report</c>, <c>hideContent</c> and <c>unhideContent</c>.</summary>
public static class Moderation
{
    /// <summary>The moderatable grain named by <paramref name="contentId"/>, or null if the id names no listing or post.</summary>
    public static IModeratable? Find(IGrainFactory grains, string? contentId) =>
        ContentIds.IsListing(contentId) ? grains.GetGrain<IListingGrain>(contentId!)
        : ContentIds.IsPost(contentId) ? grains.GetGrain<Feed.IPostGrain>(contentId!)
        : null;
}
