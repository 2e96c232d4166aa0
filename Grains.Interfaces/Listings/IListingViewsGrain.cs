namespace Voisinage.Grains.Listings;

/// <summary>
/// Many listings read for one viewer in one call: a front-end listing a page makes one grain call instead of one per
/// listing, and the fan-out to the listing grains happens inside the cluster. A stateless worker.
/// </summary>
public interface IListingViewsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The views of <paramref name="listingIds"/> that <paramref name="viewerId"/> may see, in the order given; each
    /// listing grain decides, and those it refuses (gone, hidden, not shown to the viewer) are left out.
    /// </summary>
    Task<IReadOnlyList<ListingView>> Visible(string viewerId, IReadOnlyList<string> listingIds);
}
