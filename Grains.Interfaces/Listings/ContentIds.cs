namespace Voisinage.Grains.Listings;

/// <summary>
/// Ids of user content carry their kind as a prefix (<c>lst_</c> listing, <c>pst_</c> post, <c>cnv_</c> conversation,
/// <c>org_</c> organisation, <c>ann_</c> announcement, <c>cmp_</c> sponsored campaign)
/// followed by 32 lowercase hex digits, so one id names one grain and anything else activates none.
/// </summary>
public static class ContentIds
{
    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public const string ListingPrefix = "lst_";
    public const string PostPrefix = "pst_";
    public const string ConversationPrefix = "cnv_";
    public const string OrganisationPrefix = "org_";
    public const string AnnouncementPrefix = "ann_";
    public const string CampaignPrefix = "cmp_";

    public static string NewListing() => ListingPrefix + Guid.NewGuid().ToString("N");

    public static string NewPost() => PostPrefix + Guid.NewGuid().ToString("N");

    public static string NewOrganisation() => OrganisationPrefix + Guid.NewGuid().ToString("N");

    public static bool IsOrganisation(string? id) => IsWellFormed(id, OrganisationPrefix);

    public static string NewAnnouncement() => AnnouncementPrefix + Guid.NewGuid().ToString("N");

    public static bool IsAnnouncement(string? id) => IsWellFormed(id, AnnouncementPrefix);

    public static string NewCampaign() => CampaignPrefix + Guid.NewGuid().ToString("N");

    public static bool IsCampaign(string? id) => IsWellFormed(id, CampaignPrefix);

    public static bool IsListing(string? id) => IsWellFormed(id, ListingPrefix);

    public static bool IsPost(string? id) => IsWellFormed(id, PostPrefix);

    public static bool IsConversation(string? id) => IsWellFormed(id, ConversationPrefix);

    private static bool IsWellFormed(string? id, string prefix) =>
        id is { Length: 36 } && id.StartsWith(prefix, StringComparison.Ordinal)
        && id.AsSpan(4).IndexOfAnyExcept(Hex) < 0;
}
