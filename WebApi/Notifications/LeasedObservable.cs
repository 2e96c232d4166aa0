namespace Voisinage.WebApi.Notifications;

/// <summary>
/// A subscription's source that also holds a lease for as long as the subscription lasts (a resident counted as
/// connected for the announcements' live path while their <c>notificationReceived</c> is open).
/// </summary>
internal sealed class LeasedObservable(IObservable<object?> source, IDisposable lease) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => new Leases(source.Subscribe(observer), lease);
}
