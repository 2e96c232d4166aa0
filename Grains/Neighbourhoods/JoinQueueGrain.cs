using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Group commit of joins (see <see cref="IJoinQueueGrain"/>): per neighbourhood, at most one batch in flight from this
/// silo; joins arriving meanwhile wait and leave together when it returns. No timer: an idle neighbourhood's join
/// goes at once, alone. A join the neighbourhood sends on (<see cref="JoinOutcome.MovedTo"/>: it raced a split or merge
/// that took the block elsewhere) queues again for that one. Holds nothing that outlives a call: if the silo dies, its
/// callers' calls fail with it.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
internal sealed class JoinQueueGrain : Grain, IJoinQueueGrain
{
    /// <summary>
    /// How often one join may be sent on: each move follows a split or merge that committed after the previous send, so
    /// more than a few means the neighbourhoods keep changing under it, and the caller is told to try again.
    /// </summary>
    private const int MaxMoves = 3;

    /// <summary>Joins waiting for the batch in flight of each neighbourhood (a key is present while a batch is in flight).</summary>
    private readonly Dictionary<string, List<Waiting>> _waiting = new(StringComparer.Ordinal);

    public Task<NeighbourhoodSummary?> Join(string neighbourhoodId, string residentId, string blockCell)
    {
        var done = new TaskCompletionSource<NeighbourhoodSummary?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(neighbourhoodId, new Waiting(new JoinRequest(residentId, blockCell), done, 0));
        return done.Task;
    }

    private void Enqueue(string neighbourhoodId, Waiting join)
    {
        if (_waiting.TryGetValue(neighbourhoodId, out var waiting))
        {
            waiting.Add(join);
        }
        else
        {
            _waiting[neighbourhoodId] = [];
            _ = Send(neighbourhoodId, [join]);
        }
    }

    /// <summary>Sends a batch, answers its callers, then sends whatever gathered meanwhile, until nothing waits.</summary>
    private async Task Send(string neighbourhoodId, List<Waiting> batch)
    {
        var neighbourhood = GrainFactory.GetGrain<INeighbourhoodFormationGrain>(neighbourhoodId);
        while (true)
        {
            IReadOnlyList<JoinOutcome> outcomes;
            try
            {
                outcomes = await neighbourhood.JoinMany([.. batch.Select(j => j.Request)]);
            }
            catch (Exception e)
            {
                foreach (var join in batch)
                {
                    join.Done.TrySetException(e);
                }

                outcomes = [];
            }

            for (var i = 0; i < outcomes.Count; i++)
            {
                var (join, outcome) = (batch[i], outcomes[i]);
                if (outcome.ErrorCode is { } code)
                {
                    join.Done.TrySetException(new VoisinageException(code, outcome.Message ?? "The join was refused."));
                }
                else if (outcome.MovedTo is not { } owner)
                {
                    join.Done.TrySetResult(outcome.Summary);
                }
                else if (join.Moves < MaxMoves)
                {
                    Enqueue(owner, join with { Moves = join.Moves + 1 });
                }
                else
                {
                    join.Done.TrySetException(VoisinageException.Conflict("This neighbourhood is being reorganised: try again in a moment."));
                }
            }

            var next = _waiting[neighbourhoodId];
            if (next.Count == 0)
            {
                _waiting.Remove(neighbourhoodId);
                return;
            }

            _waiting[neighbourhoodId] = [];
            batch = next;
        }
    }

    /// <summary>A join waiting for its outcome, and how often a neighbourhood has sent it on already.</summary>
    private sealed record Waiting(JoinRequest Request, TaskCompletionSource<NeighbourhoodSummary?> Done, int Moves);
}
