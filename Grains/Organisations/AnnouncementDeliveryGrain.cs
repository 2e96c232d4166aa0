using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The announcement's notifications (see <see cref="IAnnouncementDeliveryGrain"/>). A stateless worker, so batches spread
/// over activations and silos; each call is one batch, so none outlives the response timeout. Residents' lists are not written
/// here (they read the organisation's log): per resident only the home is read and the inbox entry written.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class AnnouncementDeliveryGrain(TimeProvider clock, ILogger<AnnouncementDeliveryGrain> logger) : Grain, IAnnouncementDeliveryGrain
{
    /// <summary>Areas of the announcements this activation delivers lately (a few: deliveries overlap rarely).</summary>
    private const int AreasKept = 8;

    private readonly Dictionary<string, Task<HashSet<string>>> _areas = new(StringComparer.Ordinal);

    public async Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds, IReadOnlyList<string> withPush)
    {
        if (announcement.Withdrawn)
        {
            // Lists read the organisation's log, where the flag already took it out; the inbox entry stays (its link
            // opens the organisation's page).
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var startedAt = AnnouncementNotifications.Since(announcement, clock);
        long standingsRead = 0, added = 0;
        var area = await AreaOf(announcement);
        var notification = AnnouncementNotifications.Of(announcement);
        await Task.WhenAll(residentIds.Select(async residentId =>
        {
            // The home cell is read here, on the silo, and only decides delivery: it never leaves this turn. The area is
            // checked in memory against the organisation's cells (the rule of the area index: the cell or an ancestor).
            var standing = await GrainFactory.StandingOf(residentId);
            Latest(ref standingsRead);
            if (standing.Profile?.HomeCell is not { } home)
            {
                return;
            }

            if (!OrganisationAreaRules.Covers(area, OrganisationAreaRules.Lineage(home)))
            {
                return;
            }

            await GrainFactory.GetGrain<INotificationInboxGrain>(residentId).Add(notification);
            Latest(ref added);
            if (withPush.Contains(residentId, StringComparer.Ordinal))
            {
                await GrainFactory.GetGrain<IResidentPushGrain>(residentId).Announce(announcement);
            }
        }));
        logger.LogDebug(
            "Announcement {Announcement}: batch of {Count} started at +{Started} ms, done at +{Done} ms (last standing read after {Standings} ms, last inbox entry after {Added} ms)",
            announcement.Id, residentIds.Count, startedAt, AnnouncementNotifications.Since(announcement, clock),
            (long)Stopwatch.GetElapsedTime(started, started + Volatile.Read(ref standingsRead)).TotalMilliseconds,
            (long)Stopwatch.GetElapsedTime(started, started + Volatile.Read(ref added)).TotalMilliseconds);

        // The latest moment (ticks since the batch started) a step of this batch finished, for the Debug log above.
        void Latest(ref long latest)
        {
            var now = Stopwatch.GetTimestamp() - started;
            long seen;
            while ((seen = Volatile.Read(ref latest)) < now && Interlocked.CompareExchange(ref latest, now, seen) != seen)
            {
            }
        }
    }

    /// <summary>
    /// The organisation's compacted area cells, read once per announcement by this activation (not once per resident).
    /// A failed read is forgotten, so the next batch (or the outbox's retry) reads again.
    /// </summary>
    private Task<HashSet<string>> AreaOf(Announcement announcement)
    {
        if (_areas.TryGetValue(announcement.Id, out var known) && !known.IsFaulted)
        {
            return known;
        }

        if (_areas.Count >= AreasKept)
        {
            _areas.Clear();
        }

        var reading = Read();
        _areas[announcement.Id] = reading;
        return reading;

        async Task<HashSet<string>> Read() =>
            [.. await GrainFactory.GetGrain<IOrganisationGrain>(announcement.OrganisationId).GetAreaCells()];
    }
}
