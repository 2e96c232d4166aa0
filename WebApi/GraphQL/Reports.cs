using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;

namespace Voisinage.WebApi.GraphQL;

/// <summary>
/// The extension point of <c>report</c>: one entry per reportable target type. A domain adds its type by adding an
/// enum value to <see cref="ReportTargetType"/> and a resolver of its <see cref="IReportableGrain"/> to <see cref="Targets"/>
/// (e.g. <c>["POST"] = (grains, id) =&gt; grains.GetGrain&lt;IPostGrain&gt;(id)</c>); the rules live in that grain.
/// </summary>
public static class Reports
{
    public const string Alert = "ALERT";
    public const string Listing = "LISTING";
    public const string Post = "POST";

    public static IReadOnlyDictionary<string, Func<IGrainFactory, string, IReportableGrain>> Targets { get; } =
        new Dictionary<string, Func<IGrainFactory, string, IReportableGrain>>(StringComparer.Ordinal)
        {
            [Alert] = (grains, id) => grains.GetGrain<IAlertGrain>(id),
            [Listing] = (grains, id) => ContentIds.IsListing(id) ? grains.GetGrain<IListingGrain>(id) : throw VoisinageException.NotFound("No such listing."),
            [Post] = (grains, id) => ContentIds.IsPost(id) ? grains.GetGrain<IPostGrain>(id) : throw VoisinageException.NotFound("No such post."),
        };

    public static IReportableGrain Resolve(IGrainFactory grains, string targetType, string targetId) =>
        Targets.TryGetValue(targetType, out var target) && IsWellFormedId(targetId)
            ? target(grains, targetId)
            : throw VoisinageException.NotFound("Nothing to report with this id.");

    /// <summary>An alert grain, for a well-formed id only (ids are opaque; anything else names nothing).</summary>
    public static IAlertGrain Alerts(IGrainFactory grains, string id) =>
        IsWellFormedId(id) ? grains.GetGrain<IAlertGrain>(id) : throw VoisinageException.NotFound("No such alert.");

    private static bool IsWellFormedId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary>What <c>report</c> can target.</summary>
public sealed class ReportTargetType : EnumerationGraphType
{
    public ReportTargetType()
    {
        Name = "ReportTarget";
        Description = "What a report is about.";
        Add(Reports.Alert, Reports.Alert, "An alert.");
        Add(Reports.Listing, Reports.Listing, "A listing (id lst_…).");
        Add(Reports.Post, Reports.Post, "A post (id pst_…).");
    }
}
