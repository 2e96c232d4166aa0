namespace Voisinage.Grains.Alerts;

/// <summary>Stateless helpers of the alert domain that need no state of their own.</summary>
public interface IAlertDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The ids (canonical, after merges) of the neighbourhoods owning a block cell within <paramref name="radiusMeters"/>
    /// of <paramref name="blockCell"/>'s centre, the cell's own owner included.
    /// </summary>
    Task<IReadOnlyList<string>> Targets(string blockCell, int radiusMeters);

    /// <summary>
    /// The alerts of a neighbourhood after <paramref name="since"/> for one of its members (aliases followed).
    /// FORBIDDEN to non-members, NOT_FOUND for no such neighbourhood.
    /// </summary>
    Task<AlertPage> ReadFor(string residentId, string neighbourhoodId, long since, int first);

    /// <summary>
    /// The changes to a neighbourhood's alerts after change number <paramref name="since"/> for one of its members
    /// (<see cref="INeighbourhoodAlertsGrain.GetUpdatesSince"/>). FORBIDDEN to non-members, NOT_FOUND for no such neighbourhood.
    /// </summary>
    Task<AlertPage> ReadUpdatesFor(string residentId, string neighbourhoodId, long since, int first);

    /// <summary>The canonical neighbourhood id of a verified member, for subscriptions; FORBIDDEN/NOT_VERIFIED otherwise.</summary>
    Task<string> ListeningNeighbourhood(string residentId);
}
