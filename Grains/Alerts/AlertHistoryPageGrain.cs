namespace Voisinage.Grains.Alerts;

/// <summary>One sealed page of a neighbourhood's alert history (see <see cref="IAlertHistoryPageGrain"/>).</summary>
internal sealed class AlertHistoryPageGrain(
    [PersistentState("alertPage", StorageNames.Voisinage)] IPersistentState<AlertHistoryPageState> page) : Grain, IAlertHistoryPageGrain
{
    private List<Alert> Alerts => page.State.Alerts;

    public async Task Seal(IReadOnlyList<Alert> alerts)
    {
        page.State = new AlertHistoryPageState { Alerts = [.. alerts] };
        await Save();
    }

    public Task<AlertPage> GetSince(long since, int first)
    {
        var visible = new List<Alert>();
        var last = since;
        foreach (var alert in Alerts)
        {
            if (alert.Sequence <= since)
            {
                continue;
            }

            if (visible.Count == first)
            {
                break;
            }

            last = alert.Sequence;
            if (!alert.Hidden)
            {
                visible.Add(alert);
            }
        }

        var end = Alerts.Count > 0 ? Alerts[^1].Sequence : since;
        return Task.FromResult(new AlertPage(visible, Math.Max(last, since), last < end, null));
    }

    public Task<IReadOnlyList<Alert>> GetAll() => Task.FromResult<IReadOnlyList<Alert>>(Alerts);

    public Task<Alert?> Find(string alertId) => Task.FromResult(Alerts.Find(a => a.Id == alertId));

    public async Task<Alert?> Apply(AlertChange change)
    {
        var index = Alerts.FindIndex(a => a.Id == change.AlertId);
        if (index < 0)
        {
            return null;
        }

        var current = Alerts[index];
        var changed = AlertChanges.ApplyTo(current, change);
        if (changed != current)
        {
            Alerts[index] = changed;
            await Save();
        }

        return changed;
    }

    /// <summary>Saves, or drops the activation so that an unsaved change never answers a later call.</summary>
    private async Task Save()
    {
        try
        {
            await page.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
