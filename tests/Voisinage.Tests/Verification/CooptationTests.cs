using System.Text.Json.Nodes;
using Voisinage.Grains;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Verification;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class CooptationTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Two_verified_neighbours_verify_a_candidate_by_cooptation()
    {
        var candidate = await Neighbours.NewResident(Grains, Neighbours.North(150));
        var first = await Neighbours.NewVerifiedResident(Grains);
        var second = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(300));

        Assert.False((await candidate.AsVerification().ReceiveVouch(first.Id())).IsVerified);
        var verification = await candidate.AsVerification().ReceiveVouch(second.Id());

        Assert.True(verification.IsVerified);
        Assert.Equal(VerificationMethod.Cooptation, verification.Method);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), verification.VerifiedAt);
    }

    [Fact]
    public async Task Refusals_change_nothing()
    {
        var candidate = await Neighbours.NewResident(Grains, Neighbours.North(100));
        var voucher = await Neighbours.NewVerifiedResident(Grains);
        var unverified = await Neighbours.NewResident(Grains, Neighbours.North(50));
        var distant = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(3000));
        var homeless = await Neighbours.NewResident(Grains);

        await Refused(ErrorCodes.BadUserInput, () => candidate.AsVerification().ReceiveVouch(candidate.Id()));
        await Refused(ErrorCodes.NotVerified, () => candidate.AsVerification().ReceiveVouch(unverified.Id()));
        await Refused(ErrorCodes.Forbidden, () => candidate.AsVerification().ReceiveVouch(distant.Id()));
        await Refused(ErrorCodes.BadUserInput, () => homeless.AsVerification().ReceiveVouch(voucher.Id()));
        await Refused(ErrorCodes.NotVerified, () => candidate.AsVerification().ReceiveVouch(ResidentIds.New()));
        await Refused(ErrorCodes.NotFound, () => Grains.GetGrain<IResidentVerificationGrain>(ResidentIds.New()).ReceiveVouch(voucher.Id()));

        await candidate.AsVerification().ReceiveVouch(voucher.Id());
        await Refused(ErrorCodes.Conflict, () => candidate.AsVerification().ReceiveVouch(voucher.Id()));

        var export = JsonNode.Parse(await candidate.ExportData())!;
        Assert.Single(export["verification"]!["vouchesReceived"]!.AsArray());
        Assert.Equal("Unverified", export["verification"]!["status"]!.GetValue<string>());

        // Only the accepted vouch used the voucher's quota, and the distant voucher's was not touched.
        Assert.Single(JsonNode.Parse(await voucher.ExportData())!["verification"]!["vouchesGiven"]!.AsArray());
        Assert.Empty(JsonNode.Parse(await distant.ExportData())!["verification"]!["vouchesGiven"]!.AsArray());
    }

    [Fact]
    public async Task A_resident_may_vouch_five_times_in_thirty_days()
    {
        var voucher = await Neighbours.NewVerifiedResident(Grains);
        for (var i = 0; i < 5; i++)
        {
            var candidate = await Neighbours.NewResident(Grains, Neighbours.North(20 * i));
            await candidate.AsVerification().ReceiveVouch(voucher.Id());
        }

        var sixth = await Neighbours.NewResident(Grains, Neighbours.North(120));
        await Refused(ErrorCodes.RateLimited, () => sixth.AsVerification().ReceiveVouch(voucher.Id()));
        Assert.Empty(JsonNode.Parse(await sixth.ExportData())!["verification"]!["vouchesReceived"]!.AsArray());

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(30));
        await sixth.AsVerification().ReceiveVouch(voucher.Id());
    }

    [Fact]
    public async Task Concurrent_vouches_verify_exactly_once()
    {
        var candidate = await Neighbours.NewResident(Grains, Neighbours.North(80));
        var vouchers = new List<IResidentAccountGrain>();
        for (var i = 0; i < 4; i++)
        {
            vouchers.Add(await Neighbours.NewVerifiedResident(Grains, Neighbours.North(40 * i)));
        }

        // All four vouch at the same instant; the grain applies them one at a time.
        var outcomes = await Task.WhenAll(vouchers.Select(async v =>
        {
            try
            {
                return (await candidate.AsVerification().ReceiveVouch(v.Id())).IsVerified ? "verified" : "counted";
            }
            catch (VoisinageException e)
            {
                return e.Code;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "verified"));
        Assert.Equal(1, outcomes.Count(o => o == "counted"));
        Assert.Equal(2, outcomes.Count(o => o == ErrorCodes.Conflict));
        var export = JsonNode.Parse(await candidate.ExportData())!;
        Assert.Equal(2, export["verification"]!["vouchesReceived"]!.AsArray().Count);
        Assert.Equal("Cooptation", export["verification"]!["method"]!.GetValue<string>());

        // The refused vouchers kept their quota.
        var given = 0;
        foreach (var v in vouchers)
        {
            given += JsonNode.Parse(await v.ExportData())!["verification"]!["vouchesGiven"]!.AsArray().Count;
        }

        Assert.Equal(2, given);
    }

    [Fact]
    public async Task Residents_vouching_for_each_other_at_once_do_not_deadlock()
    {
        var a = await Neighbours.NewVerifiedResident(Grains);
        var b = await Neighbours.NewVerifiedResident(Grains, Neighbours.North(60));
        var both = await Task.WhenAll(
            Catch(() => a.AsVerification().ReceiveVouch(b.Id())),
            Catch(() => b.AsVerification().ReceiveVouch(a.Id()))).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(both, code => Assert.Equal(ErrorCodes.Conflict, code));
    }

    private static async Task<string?> Catch(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (VoisinageException e)
        {
            return e.Code;
        }
    }

    internal static async Task Refused(string code, Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<VoisinageException>(action);
        Assert.Equal(code, e.Code);
    }
}
