using Orleans.Concurrency;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The announcement fan-out (see <see cref="IAnnouncementDeliveryGrain"/>). A stateless worker, so batches spread over
/// activations and silos and no single grain loops over a commune's residents.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class AnnouncementDeliveryGrain : Grain, IAnnouncementDeliveryGrain
{
    /// <summary>Residents per batch: small enough that one batch is a short turn, large enough to keep messages few.</summary>
    public const int BatchSize = 100;

    public async Task ToNeighbourhood(Announcement announcement, string neighbourhoodId)
    {
        var snapshot = GrainFactory.GetGrain<INeighbourhoodGrain>(neighbourhoodId).GetSnapshot();

        // The push roster lists who has a device: only they cost a push grain's activation (most residents have none).
        var roster = GrainFactory.GetGrain<IPushRosterGrain>(neighbourhoodId).GetResidents();
        var withPush = (await roster).ToHashSet(StringComparer.Ordinal);
        var worker = GrainFactory.GetGrain<IAnnouncementDeliveryGrain>(0);
        await Task.WhenAll((await snapshot).Members.Keys.Order(StringComparer.Ordinal).Chunk(BatchSize)
            .Select(batch => worker.ToResidents(announcement, batch, [.. batch.Where(withPush.Contains)])));
    }

    public async Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds, IReadOnlyList<string> withPush)
    {
        if (announcement.Withdrawn)
        {
            // Withdrawn by an operator: out of every list in the area's neighbourhoods (no home check needed to remove).
            await Task.WhenAll(residentIds.Select(id => GrainFactory.GetGrain<IResidentAnnouncementsGrain>(id).Withdraw(announcement.Id)));
            return;
        }

        await Task.WhenAll(residentIds.Select(async residentId =>
        {
            // The home cell is read here, on the silo, and only decides delivery: it never leaves this turn.
            if ((await GrainFactory.StandingOf(residentId)).Profile?.HomeCell is not { } home)
            {
                return;
            }

            var serving = await GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(OrganisationAreaRules.ShardOf(home)).Covering(home);
            if (serving.Contains(announcement.OrganisationId, StringComparer.Ordinal))
            {
                await GrainFactory.GetGrain<IResidentAnnouncementsGrain>(residentId).Receive(announcement);
                if (withPush.Contains(residentId, StringComparer.Ordinal))
                {
                    await GrainFactory.GetGrain<IResidentPushGrain>(residentId).Announce(announcement);
                }
            }
        }));
    }
}
