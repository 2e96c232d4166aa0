using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>
/// Reads many listings for one viewer (<see cref="IListingViewsGrain"/>). Holds nothing: the visibility rule stays in
/// each <see cref="ListingGrain"/>. Reentrant like the other stateless workers that only look things up.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class ListingViewsGrain : Grain, IListingViewsGrain
{
    public async Task<IReadOnlyList<ListingView>> Visible(string viewerId, IReadOnlyList<string> listingIds)
    {
        var views = await Task.WhenAll(listingIds.Select(async id =>
        {
            try
            {
                return await GrainFactory.GetGrain<IListingGrain>(id).Get(viewerId);
            }
            catch (VoisinageException e) when (e.Code is ErrorCodes.Forbidden or ErrorCodes.NotFound)
            {
                return null;
            }
        }));
        return [.. views.OfType<ListingView>()];
    }
}
