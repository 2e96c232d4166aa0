using Voisinage.Geo;

namespace Voisinage.Grains.Listings;

/// <summary>The open carpools leaving from one res-7 area. Derived from the listings, which stay the authority.</summary>
internal sealed class CarpoolIndexGrain(
    [PersistentState("carpools", StorageNames.Voisinage)] IPersistentState<CarpoolIndexState> index) : Grain, ICarpoolIndexGrain
{
    public async Task Add(CarpoolIndexEntry entry)
    {
        if (index.State.Rides.TryAdd(entry.ListingId, entry))
        {
            await index.WriteStateAsync();
        }
    }

    public async Task Remove(string listingId)
    {
        if (index.State.Rides.Remove(listingId))
        {
            await index.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Find(IReadOnlyList<string> originCells, string destinationCell, double meters)
    {
        var origins = originCells.ToHashSet(StringComparer.Ordinal);
        var destination = H3.CellToLatLng(H3Index.Parse(destinationCell));
        IReadOnlyList<string> found =
        [
            .. index.State.Rides.Values
                .Where(r => origins.Contains(r.OriginCell))
                .Where(r => H3.DistanceMeters(destination, H3.CellToLatLng(H3Index.Parse(r.DestinationCell))) <= meters)
                .Select(r => r.ListingId),
        ];
        return Task.FromResult(found);
    }
}

[GenerateSerializer]
public sealed record CarpoolIndexState
{
    [Id(0)] public Dictionary<string, CarpoolIndexEntry> Rides { get; init; } = [];
}
