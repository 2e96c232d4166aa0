using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>
/// What a listing keeps of a resident who deleted their account (<see cref="IListingGrain.ForgetResident"/>): nothing
/// that names them. A neighbour's open listing gives back what they held (a pledge nobody will pay for, a seat or a
/// place nobody will take); one no longer open keeps the count its participants relied on, from no one, so that a
/// confirmed group purchase still adds up to what was ordered.
/// </summary>
internal static class ListingClosure
{
    public enum Outcome
    {
        Unchanged,
        Anonymised,
        AuthorGone,
    }

    /// <summary>Removes <paramref name="residentId"/> from <paramref name="state"/> (the thanks' receivers are told by the grain).</summary>
    public static Outcome Forget(ListingState state, string residentId)
    {
        var outcome = Outcome.Unchanged;
        var open = state.Status == ListingStatus.Open;
        if (state.AuthorId == residentId)
        {
            state.AuthorId = ResidentIds.Deleted;
            if (!ListingRules.IsFinal(state.Status))
            {
                state.Status = ListingStatus.Cancelled;
            }

            outcome = Outcome.AuthorGone;
        }

        if (state.Pledges.Remove(residentId, out var quantity))
        {
            if (!open)
            {
                state.Pledges[ResidentIds.Deleted] = state.Pledges.GetValueOrDefault(ResidentIds.Deleted) + quantity;
            }

            outcome = Max(outcome, Outcome.Anonymised);
        }

        if (state.Seats.Remove(residentId))
        {
            state.FormerSeats += open ? 0 : 1;
            outcome = Max(outcome, Outcome.Anonymised);
        }

        if (state.Going.Remove(residentId))
        {
            state.FormerGoing += open ? 0 : 1;
            outcome = Max(outcome, Outcome.Anonymised);
        }

        if (state.Responders.Remove(residentId))
        {
            outcome = Max(outcome, Outcome.Anonymised);
        }

        if (state.CounterpartId == residentId)
        {
            state.CounterpartId = ResidentIds.Deleted;
            outcome = Max(outcome, Outcome.Anonymised);
        }

        var from = residentId + ">";
        var to = ">" + residentId;
        foreach (var thank in state.Thanks.Where(t => t.StartsWith(from, StringComparison.Ordinal) || t.EndsWith(to, StringComparison.Ordinal)).ToList())
        {
            state.Thanks.Remove(thank);
            state.Thanks.Add(thank.StartsWith(from, StringComparison.Ordinal) ? ResidentIds.Deleted + thank[residentId.Length..] : thank[..^residentId.Length] + ResidentIds.Deleted);
            outcome = Max(outcome, Outcome.Anonymised);
        }

        return outcome;
    }

    private static Outcome Max(Outcome a, Outcome b) => a > b ? a : b;
}
