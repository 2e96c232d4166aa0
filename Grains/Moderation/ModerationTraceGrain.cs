using Orleans.Concurrency;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// One resident's moderation footprint (see <see cref="IModerationTraceGrain"/>). Reentrant: the logs and cases it
/// anonymises may be noting this resident at that moment (an entry appended meanwhile); every change to the sets is one
/// synchronous step, writes go one at a time, and anonymising removes only what it processed, then goes on until
/// nothing is left.
/// </summary>
[Reentrant]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle holds no unmanaged resource.")]
internal sealed class ModerationTraceGrain(
    [PersistentState("moderationTrace", StorageNames.Voisinage)] IPersistentState<ModerationTraceState> trace) : Grain, IModerationTraceGrain
{
    // Interleaved calls must not write the state at the same time (the store's version check would refuse one).
    private readonly SemaphoreSlim _writing = new(1, 1);

    private string ResidentId => this.GetPrimaryKeyString();

    public async Task Note(string? logScope, string? caseKey)
    {
        var added = (logScope is not null && logScope != ModerationLogs.OfResident(ResidentId) && trace.State.Logs.Add(logScope))
            | (caseKey is not null && trace.State.Cases.Add(caseKey));
        if (added)
        {
            await Save(trace.WriteStateAsync);
        }
    }

    public async Task Anonymise()
    {
        if (trace.State.Token is null)
        {
            // Replaces the resident's id inside entry ids (an entry id is its cursor): saved first, so a repeat uses the same.
            trace.State.Token = ModerationEntry.DeletedAccount + "-" + Guid.NewGuid().ToString("N")[..12];
            await Save(trace.WriteStateAsync);
        }

        var token = trace.State.Token;
        while (trace.State.Logs.Count > 0 || trace.State.Cases.Count > 0)
        {
            foreach (var scope in trace.State.Logs.ToList())
            {
                await GrainFactory.GetGrain<IModerationLogGrain>(scope).Anonymise(ResidentId, token);
                trace.State.Logs.Remove(scope);
                await Save(trace.WriteStateAsync);
            }

            foreach (var key in trace.State.Cases.ToList())
            {
                await GrainFactory.GetGrain<IModerationCaseGrain>(key).Anonymise(ResidentId);
                trace.State.Cases.Remove(key);
                await Save(trace.WriteStateAsync);
            }
        }

        // The resident's own log (entries about them, copied in the neighbourhoods' logs anonymised above) goes entirely.
        await GrainFactory.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(ResidentId)).Erase();
        await Save(trace.ClearStateAsync);
    }

    private async Task Save(Func<Task> write)
    {
        await _writing.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writing.Release();
        }
    }
}

[GenerateSerializer]
public sealed class ModerationTraceState
{
    /// <summary>Log scopes with an entry by or about the resident (their own log is not listed: it is erased whole).</summary>
    [Id(0)] public HashSet<string> Logs { get; set; } = [];

    /// <summary>Moderation cases (keys) the resident reported or decided.</summary>
    [Id(1)] public HashSet<string> Cases { get; set; } = [];

    /// <summary>Set when anonymising began: what replaces the resident's id inside entry ids.</summary>
    [Id(2)] public string? Token { get; set; }
}
