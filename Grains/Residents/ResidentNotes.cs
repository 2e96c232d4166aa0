namespace Voisinage.Grains.Residents;

/// <summary>
/// The note-then-forget shape shared by the per-resident lists of records that name the resident on others' grains
/// (posts, campaigns, listings): a record is noted on the resident's side before it saves their id, so that the
/// account closure finds every one without a scan, has each forget them, then deletes the list.
/// </summary>
internal static class ResidentNotes
{
    /// <summary>Adds <paramref name="id"/> to <paramref name="notes"/> and saves, unless it is there already.</summary>
    public static async Task Note<TState>(IPersistentState<TState> state, List<string> notes, string id)
    {
        if (!notes.Contains(id))
        {
            notes.Add(id);
            await state.WriteStateAsync();
        }
    }

    /// <summary>Removes <paramref name="id"/> from <paramref name="notes"/> and saves, if it was there.</summary>
    public static async Task Unnote<TState>(IPersistentState<TState> state, List<string> notes, string id)
    {
        if (notes.Remove(id))
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>
    /// Account closure: each noted record forgets the resident (<paramref name="forgetOne"/> must be idempotent), then
    /// the whole state is cleared, row included, last: a resumed closure repeats what is left.
    /// </summary>
    public static async Task ForgetAll<TState>(IPersistentState<TState> state, IEnumerable<string> notes, Func<string, Task> forgetOne)
    {
        foreach (var id in notes.ToList())
        {
            await forgetOne(id);
        }

        await state.ClearStateAsync();
    }
}
