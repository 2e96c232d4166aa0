using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Group commit of joins (see <see cref="IJoinQueueGrain"/>): per neighbourhood, at most one batch in flight from this
/// silo; joins arriving meanwhile wait and leave together when it returns. No timer: an idle neighbourhood's join
/// goes at once, alone. Holds nothing that outlives a call: if the silo dies, its callers' calls fail with it.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
internal sealed class JoinQueueGrain : Grain, IJoinQueueGrain
{
    /// <summary>Joins waiting for the batch in flight of each neighbourhood (a key is present while a batch is in flight).</summary>
    private readonly Dictionary<string, List<(JoinRequest Request, TaskCompletionSource<NeighbourhoodSummary?> Done)>> _waiting = new(StringComparer.Ordinal);

    public Task<NeighbourhoodSummary?> Join(string neighbourhoodId, string residentId, string blockCell)
    {
        var done = new TaskCompletionSource<NeighbourhoodSummary?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var join = (new JoinRequest(residentId, blockCell), done);
        if (_waiting.TryGetValue(neighbourhoodId, out var waiting))
        {
            waiting.Add(join);
        }
        else
        {
            _waiting[neighbourhoodId] = [];
            _ = Send(neighbourhoodId, [join]);
        }

        return done.Task;
    }

    /// <summary>Sends a batch, answers its callers, then sends whatever gathered meanwhile, until nothing waits.</summary>
    private async Task Send(string neighbourhoodId, List<(JoinRequest Request, TaskCompletionSource<NeighbourhoodSummary?> Done)> batch)
    {
        var neighbourhood = GrainFactory.GetGrain<INeighbourhoodFormationGrain>(neighbourhoodId);
        while (true)
        {
            try
            {
                var outcomes = await neighbourhood.JoinMany([.. batch.Select(j => j.Request)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (outcomes[i].ErrorCode is { } code)
                    {
                        batch[i].Done.TrySetException(new VoisinageException(code, outcomes[i].Message ?? "The join was refused."));
                    }
                    else
                    {
                        batch[i].Done.TrySetResult(outcomes[i].Summary);
                    }
                }
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
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
}
