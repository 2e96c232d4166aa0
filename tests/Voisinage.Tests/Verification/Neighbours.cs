using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Verification;

/// <summary>Places and residents for verification tests, around the Place des Vosges in Paris.</summary>
public static class Neighbours
{
    public const double Lat = 48.85556;
    public const double Lng = 2.36556;

    /// <summary>About <paramref name="metresNorth"/> metres north of the reference point.</summary>
    public static (double Lat, double Lng) North(double metresNorth) => (Lat + (metresNorth / 111_320.0), Lng);

    public static async Task<IResidentAccountGrain> NewResident(IGrainFactory grains, (double Lat, double Lng)? home = null)
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var who = await grains.GetGrain<IAccountsGrain>(0).Register(new Registration(pseudo, email, "a long password"));
        var resident = grains.GetGrain<IResidentAccountGrain>(who.ResidentId);
        if (home is { } h)
        {
            await resident.AsVerification().SetHome(h.Lat, h.Lng);
        }

        return resident;
    }

    /// <summary>A resident verified by geolocation: three fixes at home over two days (moves the clock a day).</summary>
    public static async Task<IResidentAccountGrain> NewVerifiedResident(IGrainFactory grains, (double Lat, double Lng)? home = null, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null)
    {
        var at = home ?? (Lat, Lng);
        var resident = await NewResident(grains, at);
        await resident.AsVerification().SubmitLocationFix(at.Lat, at.Lng, 10);
        await resident.AsVerification().SubmitLocationFix(at.Lat, at.Lng, 10);
        NextLocalDay(clock ?? ClusterFixture.Clock);
        var progress = await resident.AsVerification().SubmitLocationFix(at.Lat, at.Lng, 10);
        Assert.True(progress.Verification.IsVerified, $"not verified after three fixes: {progress} at {(clock ?? ClusterFixture.Clock).GetUtcNow():O}");
        return resident;
    }

    public static string Id(this IGrainWithStringKey grain) => grain.GetPrimaryKeyString();

    /// <summary>
    /// Moves the clock a day on, and an hour more if that is still the same day in Paris: the day summer time ends lasts
    /// 25 hours, and the shared clock of the tests reaches it (fixes count distinct local days).
    /// </summary>
    public static void NextLocalDay(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var before = LocalDate(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(1));
        if (LocalDate(clock.GetUtcNow()) == before)
        {
            clock.Advance(TimeSpan.FromHours(1));
        }
    }

    private static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
}
