using Orleans.Concurrency;
using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Discovery without a hot grain: a stateless worker asks the few res-7 area indexes a search touches,
/// then each neighbourhood found for its public summary (which also confirms the index). Reentrant, like the
/// other stateless workers that only look things up: it holds nothing, and a stateless worker has only a few
/// activations per silo (one per core), which would otherwise serve one lookup at a time each.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class NeighbourhoodDirectoryGrain : Grain, INeighbourhoodDirectoryGrain
{
    public const double MaxRadiusMeters = 3000;

    public async Task<NeighbourhoodSummary?> At(double lat, double lng)
    {
        var block = Cells.BlockAt(lat, lng).ToString();
        var owner = await GrainFactory.GetGrain<IBlockCellGrain>(block).GetOwner();
        return await NeighbourhoodLookup.Summary(GrainFactory, owner);
    }

    public async Task<IReadOnlyList<NeighbourhoodSummary>> Near(double lat, double lng, double radiusMeters, CancellationToken cancellationToken = default)
    {
        var origin = Cells.BlockAt(lat, lng);
        if (!double.IsFinite(radiusMeters) || radiusMeters is < 0 or > MaxRadiusMeters)
        {
            throw VoisinageException.BadInput($"radiusMeters must be between 0 and {MaxRadiusMeters:0}.");
        }

        var distances = Cells.BlocksWithin(origin, new LatLng(lat, lng), radiusMeters);
        cancellationToken.ThrowIfCancellationRequested();
        var owners = (await Cells.OwnersOf(GrainFactory, distances.Keys)).Values.Distinct(StringComparer.Ordinal);
        cancellationToken.ThrowIfCancellationRequested();

        // The index may lag behind a merge or split: each owner is confirmed (and followed) through the neighbourhood itself.
        var summaries = await Task.WhenAll(owners.Select(id => NeighbourhoodLookup.Summary(GrainFactory, id)));
        return [.. summaries.OfType<NeighbourhoodSummary>()
            .DistinctBy(s => s.Id)
            .Select(s => (Summary: s, Distance: s.Cells.Where(distances.ContainsKey).Select(c => distances[c]).DefaultIfEmpty(double.MaxValue).Min()))
            .Where(s => s.Distance < double.MaxValue)
            .OrderBy(s => s.Distance)
            .Select(s => s.Summary)];
    }

    public Task<string?> Resolve(string id) => NeighbourhoodLookup.Resolve(GrainFactory, id);

    public Task<NeighbourhoodSummary?> Find(string id) => NeighbourhoodLookup.Summary(GrainFactory, id);

    public async Task<NeighbourhoodDetails> Details(string id, string residentId)
    {
        // An id merged away answers as its survivor (SPEC §4).
        var current = await NeighbourhoodLookup.Resolve(GrainFactory, id) ?? throw VoisinageException.NotFound("No such neighbourhood.");
        return await GrainFactory.GetGrain<INeighbourhoodGrain>(current).GetDetails(residentId);
    }
}
