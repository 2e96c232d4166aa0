using Voisinage.Grains.RateLimits;
using System.Security.Cryptography;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Home and verification (SPEC §2): the home cell, vouches, location fixes and postcards. The grain is the single
/// writer of its evidence, so concurrent vouches or postcard attempts are applied one at a time.
/// </summary>
internal sealed partial class ResidentGrain : IResidentVerificationGrain
{
    public const int MaxPostalAddressLength = 300;

    public async Task<ResidentProfile> SetHome(double lat, double lng)
    {
        RequireExisting();
        var home = Cells.At(lat, lng, Cells.HomeResolution).ToString();
        if (home == State.HomeCell)
        {
            return Profile(await Memberships.Id(Home));
        }

        // A new home is a new claim: what proved the old one proves nothing now, and the old block's
        // neighbourhood is no longer home. The resident's log shows their verification from this record: written
        // there before the record forgets it.
        if (State.Verification.IsVerified)
        {
            await Moderation.ModerationLogWrites.KeepVerified(GrainFactory, Id, State.Verification);
        }

        await Memberships.Leave(Home);
        var hadPostcard = State.Postcard is not null;
        resident.State = State with
        {
            HomeCell = home,
            Verification = Verification.None,
            Vouches = [],
            CountingFixes = [],
            Postcard = null,
        };
        await resident.WriteStateAsync();
        if (hadPostcard)
        {
            await CancelPostcardOrder();
        }

        return Profile();
    }

    public Task<VoucherCard> GetVoucherCard() => Task.FromResult(
        Gone
            ? new VoucherCard(false, false, null)
            : new VoucherCard(true, State.Verification.IsVerified, (State.HomeCell is null ? (H3Index?)null : Cells.BlockOf(State.HomeCell))?.ToString()));

    public async Task<Verification> ReceiveVouch(string voucherId)
    {
        if (Gone)
        {
            throw VoisinageException.NotFound("No such resident.");
        }

        if (voucherId == Id)
        {
            throw VoisinageException.BadInput("You cannot vouch for yourself.");
        }

        var block = (State.HomeCell is null ? (H3Index?)null : Cells.BlockOf(State.HomeCell)) ?? throw VoisinageException.BadInput("This resident has not declared a home yet.");
        if (State.Verification.IsVerified)
        {
            throw VoisinageException.Conflict("This resident is already verified.");
        }

        if (State.Vouches.Any(v => v.VoucherId == voucherId))
        {
            throw VoisinageException.Conflict("You have already vouched for this resident.");
        }

        var voucher = await GrainFactory.GetGrain<IResidentVerificationGrain>(voucherId).GetVoucherCard();
        if (!voucher.Verified || voucher.BlockCell is null)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "Only verified residents can vouch for a neighbour.");
        }

        if (!Cells.WithinGridDistance(H3Index.Parse(voucher.BlockCell), block, Rules.VouchMaxGridDistance))
        {
            throw VoisinageException.Forbidden($"You can only vouch for neighbours within {Rules.VouchMaxGridDistance} blocks of your home.");
        }

        var quota = GrainFactory.GetGrain<IVouchQuotaGrain>(voucherId);
        await quota.Consume(Id);

        var now = clock.GetUtcNow();
        var vouches = State.Vouches.Append(new VouchReceived(voucherId, now)).ToList();
        var verification = vouches.Count >= Rules.VouchesNeeded
            ? new Verification(VerificationStatus.Verified, VerificationMethod.Cooptation, now)
            : State.Verification;
        try
        {
            resident.State = State with { Vouches = vouches, Verification = verification };
            await resident.WriteStateAsync();
        }
        catch
        {
            await resident.ReadStateAsync();
            await quota.Release(Id);
            throw;
        }

        await AfterVerification(verification);
        return verification;
    }

    public async Task WithdrawVouch(string voucherId)
    {
        if (!State.Verification.IsVerified && State.Vouches.Any(v => v.VoucherId == voucherId))
        {
            resident.State = State with { Vouches = [.. State.Vouches.Where(v => v.VoucherId != voucherId)] };
            await resident.WriteStateAsync();
        }
    }

    public Task<VerificationProgress> GetVerificationProgress()
    {
        var now = clock.GetUtcNow();
        var postcard = State.Postcard is { Status: PostcardStatus.Pending } p && p.ExpiresAt > now ? p.ExpiresAt : (DateTimeOffset?)null;
        return Task.FromResult(new VerificationProgress(
            State.CountingFixes.Count,
            Rules.FixesNeeded,
            DistinctDays(State.CountingFixes),
            Rules.FixDistinctDaysNeeded,
            Rules.FixMaxAccuracyMeters,
            State.Vouches.Count,
            Rules.VouchesNeeded,
            postcard));
    }

    public async Task<LocationProgress> SubmitLocationFix(double lat, double lng, double accuracyMeters)
    {
        RequireExisting();
        var home = State.HomeCell is null ? throw VoisinageException.BadInput("Declare your home first.") : H3Index.Parse(State.HomeCell);
        if (!double.IsFinite(accuracyMeters) || accuracyMeters < 0)
        {
            throw VoisinageException.BadInput("accuracyMeters must be a positive number.");
        }

        var fix = Cells.At(lat, lng, Cells.HomeResolution);
        if (State.Verification.IsVerified)
        {
            throw VoisinageException.Conflict("You are already verified.");
        }

        if (accuracyMeters > Rules.FixMaxAccuracyMeters)
        {
            throw VoisinageException.BadInput($"This fix is too imprecise ({accuracyMeters:0} m): it must be within {Rules.FixMaxAccuracyMeters:0} m.");
        }

        if (!Cells.WithinGridDistance(fix, home, Rules.FixMaxGridDistance))
        {
            throw VoisinageException.BadInput("This fix was not taken at your home.");
        }

        var now = clock.GetUtcNow();
        var fixes = State.CountingFixes.Append(now).ToList();
        var days = DistinctDays(fixes);
        var verification = fixes.Count >= Rules.FixesNeeded && days >= Rules.FixDistinctDaysNeeded
            ? new Verification(VerificationStatus.Verified, VerificationMethod.Geolocation, now)
            : State.Verification;
        resident.State = State with { CountingFixes = fixes, Verification = verification };
        await resident.WriteStateAsync();
        await AfterVerification(verification);
        return new LocationProgress(fixes.Count, days, verification);
    }

    public async Task<DateTimeOffset> RequestPostcard(string postalAddress)
    {
        RequireExisting();
        var address = postalAddress?.Trim() ?? string.Empty;
        if (address.Length is < 10 or > MaxPostalAddressLength)
        {
            throw VoisinageException.BadInput($"A postal address has 10 to {MaxPostalAddressLength} characters.");
        }

        if (State.HomeCell is null)
        {
            throw VoisinageException.BadInput("Declare your home first.");
        }

        if (State.Verification.IsVerified)
        {
            throw VoisinageException.Conflict("You are already verified.");
        }

        var now = clock.GetUtcNow();
        if (State.Postcard is { Status: PostcardStatus.Pending } pending && pending.ExpiresAt > now)
        {
            throw VoisinageException.Conflict($"A postcard is already on its way; its code is valid until {pending.ExpiresAt:yyyy-MM-dd}.");
        }

        // Each postcard is printed and posted: a used-up or expired code does not reset the quota.
        await GrainFactory.GetGrain<IResidentQuotaGrain>(Id).Spend(QuotaKind.Postcard);
        var code = PostcardCodes.Generate();
        var salt = RandomNumberGenerator.GetBytes(16);
        var order = new PostcardOrder(Guid.NewGuid().ToString("N"), Id, address, code, now);
        var postcard = new PostcardState(order.OrderId, PostcardCodes.Hash(code, salt), salt, now, now + Rules.PostcardValidity, 0, PostcardStatus.Pending);

        // Outbox first: if it fails, nothing is recorded; if our write then fails, the resident can ask again
        // and the new order replaces this one.
        await GrainFactory.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).Enqueue(order);
        var before = State;
        resident.State = State with { Postcard = postcard };
        try
        {
            await resident.WriteStateAsync();
        }
        catch
        {
            resident.State = before;
            if (before.Postcard is null)
            {
                // Later paths cancel orders only for residents whose state shows a postcard: withdraw this one (and
                // its address) now if the outbox answers. The write's failure is what the caller must see.
                try
                {
                    await CancelPostcardOrder();
                }
                catch (Exception cancelFailure) when (cancelFailure is not OperationCanceledException)
                {
                }
            }

            throw;
        }

        return postcard.ExpiresAt;
    }

    public async Task<Verification> ConfirmPostcardCode(string code)
    {
        RequireExisting();
        if (State.Verification.IsVerified)
        {
            throw VoisinageException.Conflict("You are already verified.");
        }

        var postcard = State.Postcard;
        if (postcard is null || postcard.Status == PostcardStatus.Used)
        {
            throw VoisinageException.NotFound("No postcard code is waiting: request a postcard first.");
        }

        if (postcard.Status == PostcardStatus.Burned)
        {
            throw new VoisinageException(ErrorCodes.Forbidden, "This code was burned after too many wrong attempts: request a new postcard.");
        }

        var now = clock.GetUtcNow();
        if (now >= postcard.ExpiresAt)
        {
            throw VoisinageException.BadInput("This code has expired: request a new postcard.");
        }

        var typed = PostcardCodes.Normalise(code);
        if (typed.Length != PostcardCodes.Length || !PostcardCodes.Matches(typed, postcard.Salt, postcard.CodeHash))
        {
            var attempts = postcard.FailedAttempts + 1;
            var burned = attempts >= Rules.PostcardMaxAttempts;
            resident.State = State with { Postcard = postcard with { FailedAttempts = attempts, Status = burned ? PostcardStatus.Burned : PostcardStatus.Pending } };
            await resident.WriteStateAsync();
            throw burned
                ? new VoisinageException(ErrorCodes.Forbidden, "Wrong code. It is now burned: request a new postcard.")
                : VoisinageException.BadInput($"Wrong code. {Rules.PostcardMaxAttempts - attempts} attempt(s) left.");
        }

        var verification = new Verification(VerificationStatus.Verified, VerificationMethod.Postcard, now);
        resident.State = State with { Postcard = postcard with { Status = PostcardStatus.Used }, Verification = verification };
        await resident.WriteStateAsync();
        await AfterVerification(verification);
        return verification;
    }

    private async Task AfterVerification(Verification verification)
    {
        // No log write: the resident's log derives its "verified" entry from this record (ModerationLogWrites.VerifiedEntry).
        if (verification.IsVerified && State.Postcard is not null)
        {
            // Another path won: the postcard is no longer needed, nor its address kept.
            await CancelPostcardOrder();
        }
    }

    /// <summary>
    /// Withdraws this resident's pending order from the outbox. Called only for residents whose state shows a
    /// postcard: the outbox is one grain for the cluster and must not sit on every resident's onboarding path.
    /// </summary>
    private Task CancelPostcardOrder() => GrainFactory.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).Cancel(Id);

    private H3Index RequireVerifiedWithBlock()
    {
        RequireExisting();
        if (!State.Verification.IsVerified || State.HomeCell is null)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "Only verified residents can found or join a neighbourhood.");
        }

        return Cells.BlockOf(State.HomeCell);
    }

    private int DistinctDays(IEnumerable<DateTimeOffset> instants)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Rules.TimeZone);
        return instants.Select(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime)).Distinct().Count();
    }
}
