using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// The live path fails without harm: a front-end that throws (or never answers, bounded by LiveWait) delays nobody's
/// delivery, the fan-out notifies every resident of the area once, and a batch delivered twice adds nothing.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AnnouncementLiveFailureTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_failing_front_end_does_not_stop_the_fan_out_and_a_retried_batch_notifies_nobody_twice()
    {
        var (admin, townHall) = await TownHalls.Create(Grains, OrganisationKind.Commune, "29151");
        var centre = AlertPlaces.Fresh();
        var (resident, neighbourhood) = await AlertPlaces.Found(Grains, centre);
        var neighbour = await AlertPlaces.Join(Grains, centre, neighbourhood);
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 300));

        var failing = new FailingFrontEnd();
        var reference = fixture.Cluster.Client.CreateObjectReference<IAnnouncementLiveObserver>(failing);
        var live = Grains.GetGrain<IAnnouncementLiveGrain>(0);
        await live.Watch(reference);
        try
        {
            var announcement = await Grains.GetGrain<IAnnouncementGrain>(ContentIds.NewAnnouncement())
                .Publish(admin.Id(), townHall.GetPrimaryKeyString(), AnnouncementKind.Works, "Travaux", "Rue fermée mardi.");

            Assert.Equal([announcement.Id], failing.Seen);
            await Polling.Until(() => Grains.GetGrain<IAnnouncementGrain>(announcement.Id).IsDelivered());
            foreach (var member in new[] { resident, neighbour })
            {
                var inbox = Grains.GetGrain<INotificationInboxGrain>(member.Id());
                Assert.Single((await inbox.Page(10, null)).Items, n => n.Notification.Id == $"announcement:{announcement.Id}");
            }

            // The same batch again (a retried call after a timeout): the inbox ignores what it already has.
            await Grains.GetGrain<IAnnouncementDeliveryGrain>(0).ToResidents(announcement, [resident.Id(), neighbour.Id()], []);
            Assert.Single((await Grains.GetGrain<INotificationInboxGrain>(resident.Id()).Page(10, null)).Items, n => n.Notification.Kind == "ANNOUNCEMENT");
            Assert.Single((await Grains.GetGrain<INotificationInboxGrain>(neighbour.Id()).Page(10, null)).Items, n => n.Notification.Kind == "ANNOUNCEMENT");
        }
        finally
        {
            await live.Unwatch(reference);
            fixture.Cluster.Client.DeleteObjectReference<IAnnouncementLiveObserver>(reference);
        }
    }

    /// <summary>A front-end whose connected residents cannot be reached: it records the call, then fails it.</summary>
    private sealed class FailingFrontEnd : IAnnouncementLiveObserver
    {
        private readonly List<string> _seen = [];

        public IReadOnlyList<string> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public Task OnAnnouncement(Announcement announcement)
        {
            lock (_seen)
            {
                _seen.Add(announcement.Id);
            }

            throw new InvalidOperationException("This front-end lost its connections.");
        }
    }
}
