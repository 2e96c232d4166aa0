namespace Voisinage.Grains.Listings;

/// <summary>A resident's latest notifications; the oldest beyond <see cref="Capacity"/> are dropped.</summary>
public sealed class NotificationInboxGrain(
    [PersistentState("inbox", StorageNames.Voisinage)] IPersistentState<NotificationInboxState> inbox) : Grain, INotificationInboxGrain
{
    public const int Capacity = 200;

    public async Task Add(Notification notification)
    {
        if (inbox.State.Items.Any(n => n.Id == notification.Id))
        {
            return;
        }

        inbox.State.Items.Add(notification);
        if (inbox.State.Items.Count > Capacity)
        {
            inbox.State.Items.RemoveRange(0, inbox.State.Items.Count - Capacity);
        }

        await inbox.WriteStateAsync();
    }

    public Task<IReadOnlyList<Notification>> List(int first)
    {
        if (first is < 1 or > Capacity)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {Capacity}.");
        }

        return Task.FromResult<IReadOnlyList<Notification>>([.. inbox.State.Items.AsEnumerable().Reverse().Take(first)]);
    }
}

[GenerateSerializer]
public sealed record NotificationInboxState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<Notification> Items { get; init; } = [];
}
