using System.Text.Json.Nodes;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.Tests.Infrastructure;
using static Voisinage.Tests.Verification.CooptationTests;

namespace Voisinage.Tests.Verification;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class GeolocationAndPostcardTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private IPostcardOutboxGrain Outbox => Grains.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key);

    [Fact]
    public async Task Fixes_must_be_accurate_and_at_home_and_span_two_paris_days()
    {
        var resident = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SubmitLocationFix(Neighbours.Lat, Neighbours.Lng, 51));
        var (farLat, farLng) = Neighbours.North(400);
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SubmitLocationFix(farLat, farLng, 5));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SubmitLocationFix(double.NaN, Neighbours.Lng, 5));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SubmitLocationFix(91, Neighbours.Lng, 5));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SubmitLocationFix(Neighbours.Lat, Neighbours.Lng, -1));

        // Move the clock to 23:10 in Paris (22:10 UTC in winter).
        // Go to the next 23:10 in Paris (the shared clock may be in winter or summer time by now).
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var now = ClusterFixture.Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, paris);
        var target = new DateTime(local.Year, local.Month, local.Day, 23, 10, 0, DateTimeKind.Unspecified);
        var next = new DateTimeOffset(target, paris.GetUtcOffset(target));
        ClusterFixture.Clock.Advance((next > now ? next : next.AddDays(1)) - now);
        var isWinter = paris.GetUtcOffset(ClusterFixture.Clock.GetUtcNow()) == TimeSpan.FromHours(1);

        for (var i = 0; i < 3; i++)
        {
            var progress = await resident.AsVerification().SubmitLocationFix(Neighbours.Lat, Neighbours.Lng, 20);
            Assert.Equal(i + 1, progress.CountingFixes);
            Assert.False(progress.Verification.IsVerified);
        }

        // Refused fixes were not counted, and three fixes on one Paris day do not verify.
        Assert.Equal(3, JsonNode.Parse(await resident.ExportData())!["verification"]!["countingLocationFixes"]!.AsArray().Count);

        // 55 minutes later it is past midnight in Paris (but still the same UTC day in winter).
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(55));
        var last = await resident.AsVerification().SubmitLocationFix(Neighbours.Lat, Neighbours.Lng, 20);
        if (isWinter)
        {
            Assert.Equal(ClusterFixture.Clock.GetUtcNow().UtcDateTime.Date, ClusterFixture.Clock.GetUtcNow().AddMinutes(-55).UtcDateTime.Date);
        }

        Assert.Equal(2, last.DistinctDays);
        Assert.Equal(VerificationMethod.Geolocation, last.Verification.Method);
        await Refused(ErrorCodes.Conflict, () => resident.AsVerification().SubmitLocationFix(Neighbours.Lat, Neighbours.Lng, 20));
    }

    [Fact]
    public async Task A_postcard_code_verifies_once_and_its_address_leaves_with_the_printer()
    {
        var resident = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().RequestPostcard("short"));
        await resident.AsVerification().RequestPostcard("12 place des Vosges, 75004 Paris");
        await Refused(ErrorCodes.Conflict, () => resident.AsVerification().RequestPostcard("12 place des Vosges, 75004 Paris"));

        var order = await PendingOrder(resident.Id());
        Assert.Equal("12 place des Vosges, 75004 Paris", order.PostalAddress);
        Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", order.Code);
        Assert.DoesNotContain(order.Code, await resident.ExportData(), StringComparison.Ordinal);

        await Refused(ErrorCodes.Forbidden, () => Outbox.List(resident.Id(), 100));
        await Refused(ErrorCodes.Forbidden, () => Outbox.MarkSent(resident.Id(), [order.OrderId]));
        Assert.Equal(1, await Outbox.MarkSent(TestSettings.OperatorId, [order.OrderId]));
        Assert.False(await Outbox.HasPending(resident.Id()));
        var export = await resident.ExportData();
        Assert.DoesNotContain("Vosges", export, StringComparison.Ordinal);

        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().ConfirmPostcardCode(WrongCode(order.Code)));
        var verification = await resident.AsVerification().ConfirmPostcardCode(order.Code.ToLowerInvariant().Insert(4, "-"));
        Assert.Equal(VerificationMethod.Postcard, verification.Method);
        await Refused(ErrorCodes.Conflict, () => resident.AsVerification().ConfirmPostcardCode(order.Code));
    }

    [Fact]
    public async Task A_pending_postcard_is_withdrawn_when_its_resident_moves_is_vouched_for_or_leaves()
    {
        const string address = "3 rue des Lilas, 75019 Paris";
        var mover = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await mover.AsVerification().RequestPostcard(address);
        Assert.True(await Outbox.HasPending(mover.Id()));
        var (lat, lng) = Neighbours.North(5000);
        await mover.AsVerification().SetHome(lat, lng);
        Assert.False(await Outbox.HasPending(mover.Id()));

        var vouched = await Neighbours.NewResident(Grains, Neighbours.North(60));
        await vouched.AsVerification().RequestPostcard(address);
        await vouched.AsVerification().ReceiveVouch((await Neighbours.NewVerifiedResident(Grains)).Id());
        Assert.True(await Outbox.HasPending(vouched.Id()));
        Assert.True((await vouched.AsVerification().ReceiveVouch((await Neighbours.NewVerifiedResident(Grains)).Id())).IsVerified);
        Assert.False(await Outbox.HasPending(vouched.Id()));

        var leaver = await Neighbours.NewResident(Grains, Neighbours.North(30));
        await leaver.AsVerification().RequestPostcard(address);
        await leaver.DeleteAccount("a long password");
        Assert.False(await Outbox.HasPending(leaver.Id()));
    }

    [Fact]
    public async Task Five_wrong_codes_burn_the_postcard_even_when_sent_in_parallel()
    {
        var resident = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await resident.AsVerification().RequestPostcard("3 rue de Birague, 75004 Paris");
        var code = (await PendingOrder(resident.Id())).Code;

        var codes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await resident.AsVerification().ConfirmPostcardCode(WrongCode(code));
                return "ok";
            }
            catch (VoisinageException e)
            {
                return e.Code;
            }
        }));

        Assert.Equal(4, codes.Count(c => c == ErrorCodes.BadUserInput));
        Assert.Equal(6, codes.Count(c => c == ErrorCodes.Forbidden));
        var postcard = JsonNode.Parse(await resident.ExportData())!["verification"]!["postcard"]!;
        Assert.Equal(5, postcard["failedAttempts"]!.GetValue<int>());
        Assert.Equal("Burned", postcard["status"]!.GetValue<string>());
        await Refused(ErrorCodes.Forbidden, () => resident.AsVerification().ConfirmPostcardCode(code));

        // A new postcard can be asked for once the old code is burned.
        await resident.AsVerification().RequestPostcard("3 rue de Birague, 75004 Paris");
    }

    [Fact]
    public async Task A_code_expires_after_thirty_days()
    {
        var resident = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await resident.AsVerification().RequestPostcard("5 rue des Francs-Bourgeois, 75004 Paris");
        var code = (await PendingOrder(resident.Id())).Code;
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(30));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().ConfirmPostcardCode(code));
        Assert.False((await resident.GetProfile())!.Verification.IsVerified);
    }

    [Fact]
    public async Task Moving_home_drops_verification_and_evidence()
    {
        var resident = await Neighbours.NewVerifiedResident(Grains);
        var (lat, lng) = Neighbours.North(5000);
        var profile = await resident.AsVerification().SetHome(lat, lng);
        Assert.False(profile.Verification.IsVerified);
        Assert.NotNull(profile.HomeCell);
        Assert.Empty(JsonNode.Parse(await resident.ExportData())!["verification"]!["countingLocationFixes"]!.AsArray());

        // Declaring the same home again changes nothing.
        Assert.Equal(profile, await resident.AsVerification().SetHome(lat, lng));
        await Refused(ErrorCodes.BadUserInput, () => resident.AsVerification().SetHome(48.8, 181));
    }

    [Fact]
    public async Task Deleting_an_account_removes_home_vouches_and_tokens_and_frees_the_login()
    {
        var voucher = await Neighbours.NewVerifiedResident(Grains);
        var candidate = await Neighbours.NewResident(Grains, Neighbours.North(60));
        await candidate.AsVerification().ReceiveVouch(voucher.Id());
        var profile = (await voucher.GetProfile())!;

        await Refused(ErrorCodes.Forbidden, () => voucher.DeleteAccount("not my password"));
        await voucher.DeleteAccount("a long password");

        Assert.Null(await voucher.GetProfile());
        Assert.Null(await voucher.GetTokenVersion());
        Assert.Empty(JsonNode.Parse(await candidate.ExportData())!["verification"]!["vouchesReceived"]!.AsArray());
        await Refused(ErrorCodes.Unauthenticated, () => Grains.GetGrain<IAccountsGrain>(0).Login(profile.Email, "a long password"));

        // The pseudo and the email can be used again.
        await Grains.GetGrain<IAccountsGrain>(0).Register(new Registration(profile.Pseudo, profile.Email, "another long password"));
    }

    [Fact]
    public async Task A_deletion_that_failed_after_closing_the_account_frees_the_pseudo_when_tried_again()
    {
        var resident = await Neighbours.NewVerifiedResident(Grains);
        var profile = (await resident.GetProfile())!;
        var pseudoKey = AccountRules.PseudoKey(profile.Pseudo);

        // The first attempt closed the account and then failed before the pseudo was released: as if it were
        // reserved again under the email.
        await Grains.GetGrain<IAccountGrain>(profile.Email).Close(resident.Id(), profile.Pseudo, "a long password");
        Assert.True(await Grains.GetGrain<IPseudoGrain>(pseudoKey).TryReserve(profile.Email));

        // Trying again finishes the deletion, the pseudo (and the email it held) included.
        await resident.DeleteAccount("a long password");
        Assert.Null(await resident.GetProfile());
        Assert.Null(await Grains.GetGrain<IPseudoGrain>(pseudoKey).GetAccountKey());
    }

    private async Task<PostcardOrder> PendingOrder(string residentId) =>
        (await Outbox.List(TestSettings.OperatorId, 1000)).Single(o => o.ResidentId == residentId);

    private static string WrongCode(string code) => (code[0] == '2' ? "3" : "2") + code[1..];
}
