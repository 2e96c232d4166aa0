using Voisinage.Grains.Alerts;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;

namespace Voisinage.Grains.Moderation;

/// <summary>The kinds of content that can be reported and moderated.</summary>
public enum SubjectType
{
    Alert = 1,
    Listing = 2,
    Post = 3,

    /// <summary>An official announcement (id ann_…): reported to operators, never to neighbourhood leads.</summary>
    Announcement = 4,
}

/// <summary>What a piece of moderated content is: enough for a lead's queue and for the author's notice, nothing private.</summary>
[GenerateSerializer, Immutable]
public sealed record ModerationSubject(
    [property: Id(0)] SubjectType Type,
    [property: Id(1)] string Id,
    [property: Id(2)] string NeighbourhoodId,
    [property: Id(3)] string AuthorId,
    [property: Id(4)] string Title,
    [property: Id(5)] DateTimeOffset CreatedAt);

/// <summary>
/// Names the grains of a moderated subject. A case grain is keyed <c>Type:id</c> (e.g. <c>Post:pst_…</c>), and a decision id
/// is its case key followed by <c>:n</c>, so an id alone reaches the one grain that holds it and anything malformed
/// activates nothing.
/// </summary>
public static class ModerationSubjects
{
    /// <summary>
    /// The key of the operators' queue (and the neighbourhood id of the subjects it holds): official announcements
    /// belong to no neighbourhood, so their reports, decisions and appeals are operators' alone.
    /// </summary>
    public const string OperatorsQueue = "operators";

    /// <summary>Whether operators, not a neighbourhood's leads, moderate this kind of subject (reports never hide it by themselves).</summary>
    public static bool ForOperators(SubjectType type) => type == SubjectType.Announcement;

    /// <summary>The case key of a subject, or NOT_FOUND for an id that cannot name one of that type.</summary>
    public static string Key(SubjectType type, string id) =>
        IsWellFormed(type, id) ? $"{type}:{id}" : throw VoisinageException.NotFound("Nothing to moderate with this id.");

    /// <summary>The case grain of a subject.</summary>
    public static IModerationCaseGrain Case(IGrainFactory grains, SubjectType type, string id) =>
        grains.GetGrain<IModerationCaseGrain>(Key(type, id));

    /// <summary>The case that holds a decision, and the decision's number in it; NOT_FOUND for a malformed id.</summary>
    public static (IModerationCaseGrain Case, int Number) Decision(IGrainFactory grains, string? decisionId)
    {
        var parts = (decisionId ?? string.Empty).Split(':');
        if (parts.Length == 3 && Enum.TryParse<SubjectType>(parts[0], ignoreCase: false, out var type) && Enum.IsDefined(type)
            && IsWellFormed(type, parts[1]) && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return (grains.GetGrain<IModerationCaseGrain>($"{type}:{parts[1]}"), n);
        }

        throw VoisinageException.NotFound("No such decision.");
    }

    /// <summary>The id of decision <paramref name="number"/> of the case keyed <paramref name="caseKey"/>.</summary>
    public static string DecisionId(string caseKey, int number) => $"{caseKey}:{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The type and id a case key names.</summary>
    public static (SubjectType Type, string Id) Parse(string caseKey)
    {
        var colon = caseKey.IndexOf(':', StringComparison.Ordinal);
        return (Enum.Parse<SubjectType>(caseKey[..colon]), caseKey[(colon + 1)..]);
    }

    /// <summary>The content grain a case moderates.</summary>
    public static IModeratable Content(IGrainFactory grains, SubjectType type, string id) => type switch
    {
        SubjectType.Alert => grains.GetGrain<IAlertGrain>(id),
        SubjectType.Listing => grains.GetGrain<IListingGrain>(id),
        SubjectType.Post => grains.GetGrain<IPostGrain>(id),
        SubjectType.Announcement => grains.GetGrain<IAnnouncementGrain>(id),
        _ => throw VoisinageException.NotFound("Nothing to moderate with this id."),
    };

    /// <summary>Listings, posts and announcements carry their prefix; alert ids are 32 lowercase hex digits.</summary>
    private static bool IsWellFormed(SubjectType type, string? id) => type switch
    {
        SubjectType.Listing => ContentIds.IsListing(id),
        SubjectType.Post => ContentIds.IsPost(id),
        SubjectType.Announcement => ContentIds.IsAnnouncement(id),
        SubjectType.Alert => id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'),
        _ => false,
    };
}
