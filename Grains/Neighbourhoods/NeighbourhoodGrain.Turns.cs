using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// The reentrancy rule, in one place. A neighbourhood runs two kinds of calls: its own turns (every call not marked
/// <see cref="AlwaysInterleaveAttribute"/>: Orleans runs them one at a time, each to its end, awaits included) and
/// interleaved calls, which run in between, even while a turn awaits. The rule: <b>an interleaved call that would change
/// the state refuses while one of our turns is in flight</b> (<see cref="Freeze"/>, <see cref="Seed"/> answer "no";
/// <see cref="Unfreeze"/>, <see cref="Retire"/> and <see cref="Open"/> only act on a grain that is frozen or hidden, where
/// every turn refuses to change anything). This filter marks the turn, so no method has to remember to: a merge or split
/// we coordinate, the split a merge leads to, a batch of joins, all hold the mark from their first step to their last.
/// Nothing changes state in an interleaved call otherwise; <see cref="CheckSize"/>, which must let the merge it asks for
/// freeze this grain, is interleaved and leaves its changes to a turn of their own (<see cref="PrepareSizeCheck"/>).
/// </summary>
internal sealed partial class NeighbourhoodGrain : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> Interleaved = new();

    /// <summary>True while one of this grain's turns runs (never two at once: the grain is not reentrant).</summary>
    private bool _inTurn;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod is { } method
            && Interleaved.GetOrAdd(method, m => m.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true)))
        {
            await context.Invoke();
            return;
        }

        _inTurn = true;
        try
        {
            await context.Invoke();
        }
        finally
        {
            _inTurn = false;
        }
    }
}
