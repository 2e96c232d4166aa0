using Orleans.Concurrency;
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
        var snapshot = await GrainFactory.GetGrain<INeighbourhoodGrain>(neighbourhoodId).GetSnapshot();
        var worker = GrainFactory.GetGrain<IAnnouncementDeliveryGrain>(0);
        await Task.WhenAll(snapshot.Members.Keys.Order(StringComparer.Ordinal).Chunk(BatchSize).Select(batch => worker.ToResidents(announcement, batch)));
    }

    public async Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds)
    {
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
            }
        }));
    }
}
