using Microsoft.Extensions.Options;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// Grants and revocations of operators. Each change is saved with its log entry first, then told to the resident (who
/// holds the flag every check reads through <see cref="IResidentMembershipGrain.GetStanding"/>) and to the logs; a change a crash
/// interrupted is finished at the next activation.
/// </summary>
internal sealed class OperatorsGrain(
    [PersistentState("operators", StorageNames.Voisinage)] IPersistentState<OperatorsState> state,
    IOptions<VerificationOptions> options,
    TimeProvider clock) : Grain, IOperatorsGrain
{
    private const int MaxReason = 500;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => await Finish();

    public async Task Grant(string operatorId, string residentId, string reason) =>
        await Change(operatorId, residentId, reason, grant: true);

    public async Task Revoke(string operatorId, string residentId, string reason) =>
        await Change(operatorId, residentId, reason, grant: false);

    public async Task<IReadOnlyList<string>> List(string viewerId)
    {
        await RequireOperator(viewerId);
        return [.. Operators().Order(StringComparer.Ordinal)];
    }

    /// <summary>The configured operators not revoked since, and those granted since.</summary>
    private HashSet<string> Operators()
    {
        var all = new HashSet<string>(options.Value.Operators, StringComparer.Ordinal);
        all.ExceptWith(state.State.Revoked);
        all.UnionWith(state.State.Granted);
        return all;
    }

    private async Task Change(string operatorId, string residentId, string reason, bool grant)
    {
        var why = TextRules.Text(reason, "reason", MaxReason);
        await Finish();
        await RequireOperator(operatorId);
        if ((await GrainFactory.StandingOf(residentId)).Profile is null)
        {
            throw VoisinageException.NotFound("No such resident.");
        }

        var operators = Operators();
        if (grant == operators.Contains(residentId))
        {
            throw VoisinageException.Conflict(grant ? "This resident is already an operator." : "This resident is not an operator.");
        }

        if (!grant && operators.Count == 1)
        {
            throw VoisinageException.Conflict("The last operator cannot be revoked.");
        }

        var now = clock.GetUtcNow();
        var entry = new ModerationEntry(
            $"operators#{state.State.Changes + 1}", now, grant ? ModerationAction.OperatorGranted : ModerationAction.OperatorRevoked,
            operatorId, null, null, residentId, null, why, null);
        state.State = state.State with
        {
            Granted = grant ? [.. state.State.Granted, residentId] : [.. state.State.Granted.Where(g => g != residentId)],
            Revoked = grant ? [.. state.State.Revoked.Where(r => r != residentId)] : [.. state.State.Revoked, residentId],
            Changes = state.State.Changes + 1,
            Pending = entry,
        };
        await state.WriteStateAsync();
        await Finish();
    }

    /// <summary>Tells the resident and the logs about the saved change (each step idempotent), then forgets it.</summary>
    private async Task Finish()
    {
        if (state.State.Pending is not { ResidentId: { } residentId } entry)
        {
            return;
        }

        await GrainFactory.GetGrain<IResidentAccountGrain>(residentId).SetOperator(entry.Action == ModerationAction.OperatorGranted);
        await GrainFactory.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).Append(entry);
        await GrainFactory.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(residentId)).Append(entry);
        state.State = state.State with { Pending = null };
        await state.WriteStateAsync();
    }

    private async Task RequireOperator(string residentId)
    {
        if (!(await GrainFactory.StandingOf(residentId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators can do this.");
        }
    }
}

[GenerateSerializer]
public sealed record OperatorsState
{
    /// <summary>Granted through the API (configured operators are not listed unless revoked and granted again).</summary>
    [Id(0)] public List<string> Granted { get; init; } = [];

    /// <summary>Revoked through the API (configured operators among them stay revoked).</summary>
    [Id(1)] public List<string> Revoked { get; init; } = [];

    [Id(2)] public int Changes { get; init; }

    /// <summary>A saved change not yet told to the resident and the logs.</summary>
    [Id(3)] public ModerationEntry? Pending { get; init; }
}
