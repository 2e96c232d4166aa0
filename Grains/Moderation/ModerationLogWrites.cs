using System.Globalization;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// Log entries written by grains outside moderation (a lead named, a resident verified), and the resident's own log
/// read whole for their export. Entry ids are derived from what happened, so a retried call writes each entry once.
/// </summary>
internal static class ModerationLogWrites
{
    /// <summary>A lead named another: in the neighbourhood's log and in the named resident's.</summary>
    public static async Task LeadNamed(IGrainFactory grains, string neighbourhoodId, string leadId, string memberId, DateTimeOffset at)
    {
        var entry = new ModerationEntry(
            $"lead:{neighbourhoodId}:{memberId}", at, ModerationAction.LeadNamed, leadId, null, null, memberId, neighbourhoodId, string.Empty, null);
        await grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfNeighbourhood(neighbourhoodId)).Append(entry);
        await grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(memberId)).Append(entry);
    }

    /// <summary>
    /// The entry that says a resident was verified (their own log, the method as the reason: no one decided, the rule
    /// did). Not written when it happens: the resident's record holds the verification, and their log shows it derived
    /// from there (<see cref="ModerationLogGrain"/>), so verifying costs no log activation, read or write. It is written
    /// only when the record is about to forget it (<see cref="KeepVerified"/>).
    /// </summary>
    public static ModerationEntry VerifiedEntry(string residentId, Residents.Verification verification) => new(
        $"verified:{residentId}:{verification.VerifiedAt?.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
        verification.VerifiedAt ?? DateTimeOffset.MinValue, ModerationAction.Verified, null, null, null, residentId, null,
        verification.Method?.ToString() ?? string.Empty, null);

    /// <summary>
    /// Writes the verified entry into the resident's own log before their record forgets the verification (a new home
    /// resets it), so the log keeps every verification a resident ever had. Idempotent by entry id.
    /// </summary>
    public static Task KeepVerified(IGrainFactory grains, string residentId, Residents.Verification verification) =>
        grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(residentId)).Append(VerifiedEntry(residentId, verification));

    /// <summary>Every entry of the resident's own log, newest first (for <c>exportMyData</c>; the resident reads their own).</summary>
    public static async Task<IReadOnlyList<ModerationEntry>> ReadAll(IGrainFactory grains, string residentId)
    {
        var log = grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(residentId));
        var all = new List<ModerationEntry>();
        ModerationLogPage page;
        do
        {
            page = await log.List(residentId, ModerationLogGrain.MaxPage, all.Count > 0 ? all[^1].Id : null);
            all.AddRange(page.Entries);
        }
        while (page.HasNextPage);
        return all;
    }
}
