using Voisinage.Grains.RateLimits;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Geo;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident, keyed by an opaque id that never changes. Verification rules live here: the grain is the
/// single writer of its evidence, so concurrent vouches or postcard attempts are applied one at a time.
/// </summary>
public sealed class ResidentGrain(
    [PersistentState("resident", StorageNames.Voisinage)] IPersistentState<ResidentState> resident,
    IOptions<VerificationOptions> verificationOptions,
    TimeProvider clock,
    ILogger<ResidentGrain> logger) : Grain, IResidentGrain, IRemindable
{
    public const int MaxPostalAddressLength = 300;

    private const int MaxMembershipLookups = 3;

    private const string ClosureReminder = "account-closure";

    private static readonly TimeSpan ClosureRetry = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerOptions ExportJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private string Id => this.GetPrimaryKeyString();

    private VerificationOptions Rules => verificationOptions.Value;

    /// <summary>Granted or revoked through the API, else as configured.</summary>
    private bool IsOperator => State.Operator ?? Rules.Operators.Contains(Id, StringComparer.Ordinal);

    private ResidentState State => resident.State;

    /// <summary>No resident here: never created, deleted, or being erased by a closure whose password checked out.</summary>
    private bool Gone => State.Pseudo is null || State.Closure is { Committed: true };

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A closure a crash interrupted is finished before this activation answers anyone.
        if (State.Closure is not null)
        {
            await ResumeClosure();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ClosureReminder)
        {
            if (State.Closure is null)
            {
                await StopClosureReminder();
                return;
            }

            await ResumeClosure();
        }
    }

    public async Task Create(string pseudo, string email)
    {
        if (State.Pseudo is not null || State.Deleted)
        {
            if (State.Pseudo == pseudo && State.Email == email)
            {
                await JoinDirectory();
                return;
            }

            throw VoisinageException.Conflict("This resident already exists.");
        }

        resident.State = new ResidentState { Pseudo = pseudo, Email = email, CreatedAt = clock.GetUtcNow() };
        await resident.WriteStateAsync();
        await JoinDirectory();
    }

    /// <summary>Lists the resident in the operators' users directory (idempotent: a retried creation lists it once).</summary>
    private Task JoinDirectory() =>
        GrainFactory.GetGrain<IResidentDirectoryGrain>(ResidentDirectory.ShardOf(ResidentDirectory.KeyOf(State.Pseudo!))).Add(State.Pseudo!, Id);

    public async Task<ResidentProfile?> GetProfile() => Gone ? null : Profile(await CurrentNeighbourhood());

    public Task<int?> GetTokenVersion() => Task.FromResult(Gone ? (int?)null : State.TokenVersion);

    public async Task<SignedIn> RevokeTokens()
    {
        RequireExisting();
        resident.State = State with { TokenVersion = State.TokenVersion + 1 };
        await resident.WriteStateAsync();
        return new SignedIn(Id, State.Pseudo!, State.TokenVersion);
    }

    public async Task<SignedIn> ChangePassword(string currentPassword, string newPassword)
    {
        RequireExisting();
        await GrainFactory.GetGrain<IAccountGrain>(State.Email!).ChangePassword(Id, currentPassword, newPassword);
        return await RevokeTokens();
    }

    public async Task<ResidentProfile> SetHome(double lat, double lng)
    {
        RequireExisting();
        var home = Cells.At(lat, lng, Cells.HomeResolution).ToString();
        if (home == State.HomeCell)
        {
            return Profile(await CurrentNeighbourhood());
        }

        // A new home is a new claim: what proved the old one proves nothing now, and the old block's
        // neighbourhood is no longer home.
        await LeaveCurrentNeighbourhood();
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

        var voucher = await GrainFactory.GetGrain<IResidentGrain>(voucherId).GetVoucherCard();
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

    public async Task<string> FoundNeighbourhood(string name)
    {
        var block = RequireVerifiedWithBlock();
        var id = block.ToString();
        if (await CurrentNeighbourhood() is not null)
        {
            throw VoisinageException.Conflict("You already belong to a neighbourhood: leave it first.");
        }

        await GrainFactory.GetGrain<INeighbourhoodGrain>(id).Found(Id, name);
        return id;
    }

    public async Task JoinNeighbourhood(string neighbourhoodId)
    {
        var block = RequireVerifiedWithBlock();
        Cells.ParseBlock(neighbourhoodId);
        var target = await NeighbourhoodLookup.Resolve(GrainFactory, neighbourhoodId) ?? throw VoisinageException.NotFound("No such neighbourhood.");
        if (await CurrentNeighbourhood() is { } current)
        {
            if (current == target)
            {
                return;
            }

            throw VoisinageException.Conflict("You already belong to a neighbourhood: leave it first.");
        }

        // Through this silo's join queue: joins of a busy neighbourhood are saved together (group commit).
        await GrainFactory.GetGrain<IJoinQueueGrain>(0).Join(target, Id, block.ToString());
    }

    public async Task LeaveNeighbourhood()
    {
        RequireExisting();
        await LeaveCurrentNeighbourhood();
    }

    public async Task<MergeProposal> ProposeMerge(string neighbourhoodId)
    {
        var mine = await RequireNeighbourhood();
        Cells.ParseBlock(neighbourhoodId);
        var other = await NeighbourhoodLookup.Resolve(GrainFactory, neighbourhoodId) ?? throw VoisinageException.NotFound("No such neighbourhood.");
        return await GrainFactory.GetGrain<INeighbourhoodGrain>(mine).ProposeMerge(Id, other);
    }

    public async Task<string> AcceptMerge(string proposalId)
    {
        var mine = await RequireNeighbourhood();
        var plan = await GrainFactory.GetGrain<INeighbourhoodGrain>(mine).AcceptMerge(Id, proposalId);

        // The survivor runs the merge; this resident's neighbourhood is only one of the two sides.
        await GrainFactory.GetGrain<INeighbourhoodGrain>(plan.SurvivorId).Absorb(plan.AbsorbedId, plan.OperationId);
        return plan.SurvivorId;
    }

    public async Task NameLead(string memberId)
    {
        var mine = await RequireNeighbourhood();
        await GrainFactory.GetGrain<INeighbourhoodGrain>(mine).NameLead(Id, memberId);
        await Moderation.ModerationLogWrites.LeadNamed(GrainFactory, mine, Id, memberId, clock.GetUtcNow());
    }

    public async Task SetOperator(bool isOperator)
    {
        if (State.Operator != isOperator)
        {
            resident.State = State with { Operator = isOperator };
            await resident.WriteStateAsync();
        }
    }

    public Task<string?> GetNeighbourhoodId() => CurrentNeighbourhood();

    public async Task<Standing> GetStanding()
    {
        if (Gone)
        {
            // Configured operators need no account: trusted code (tests, tools) may act as one by id; nobody can sign in as it.
            return IsOperator ? Standing.None with { IsOperator = true } : Standing.None;
        }

        var (neighbourhoodId, role) = await CurrentMembership();
        var level = role switch
        {
            MemberRole.Lead => StandingLevel.Lead,
            MemberRole.Member => State.Verification.IsVerified ? StandingLevel.VerifiedMember : StandingLevel.Member,
            _ => StandingLevel.NonMember,
        };
        return new Standing(level, Profile(neighbourhoodId), IsOperator);
    }

    private async Task<string?> CurrentNeighbourhood() => (await CurrentMembership()).NeighbourhoodId;

    /// <summary>
    /// Where this resident belongs now, and as what, derived from the neighbourhoods themselves (the single source of
    /// truth): a member's block is always owned by their neighbourhood, and merges and splits move members without
    /// telling each resident grain. So: the owner of the home block, followed through aliases and settled if busy, if it
    /// counts this resident among its members.
    /// </summary>
    private async Task<(string? NeighbourhoodId, MemberRole Role)> CurrentMembership()
    {
        if (State.HomeCell is null || State.Deleted)
        {
            return (null, MemberRole.None);
        }

        // A split or merge may move the block between reading its owner and asking that owner: then the owner has
        // changed, and we look again (a member is never in neither, only briefly seen through a stale owner).
        var block = GrainFactory.GetGrain<IBlockCellGrain>(Cells.BlockOf(State.HomeCell).ToString());
        var owner = await block.GetOwner();
        for (var attempt = 0; ; attempt++)
        {
            var current = await NeighbourhoodLookup.Resolve(GrainFactory, owner);
            if (current is null)
            {
                return (null, MemberRole.None);
            }

            if (await GrainFactory.GetGrain<INeighbourhoodGrain>(current).GetRole(Id) is not MemberRole.None and var role)
            {
                return (current, role);
            }

            var now = await block.GetOwner();
            if (now == owner || attempt == MaxMembershipLookups)
            {
                return (null, MemberRole.None);
            }

            owner = now;
        }
    }

    private async Task<string> RequireNeighbourhood()
    {
        RequireVerifiedWithBlock();
        return await CurrentNeighbourhood() ?? throw VoisinageException.Forbidden("Join a neighbourhood first.");
    }

    private async Task LeaveCurrentNeighbourhood()
    {
        // Leave is a no-op where we are no longer a member (moved by a split meanwhile): look again until we are out.
        for (var attempt = 0; attempt <= MaxMembershipLookups && await CurrentNeighbourhood() is { } current; attempt++)
        {
            await GrainFactory.GetGrain<INeighbourhoodGrain>(current).Leave(Id);
        }
    }

    public async Task<string> ExportData()
    {
        RequireExisting();
        var account = await GrainFactory.GetGrain<IAccountGrain>(State.Email!).GetExport();
        var given = await GrainFactory.GetGrain<IVouchQuotaGrain>(Id).GetGiven();
        var alertsRaised = await GrainFactory.GetGrain<IResidentAlertsGrain>(Id).GetRaised();
        var pushDevices = await GrainFactory.GetGrain<IResidentPushGrain>(Id).GetDevices();
        var moderation = await Moderation.ModerationLogWrites.ReadAll(GrainFactory, Id);
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            resident = new
            {
                id = Id,
                pseudo = State.Pseudo,
                email = State.Email,
                createdAt = State.CreatedAt,
                homeCell = State.HomeCell,
                neighbourhoodId = await CurrentNeighbourhood(),
                thanksReceived = State.ThanksReceived,
            },
            verification = new
            {
                status = State.Verification.Status.ToString(),
                method = State.Verification.Method?.ToString(),
                verifiedAt = State.Verification.VerifiedAt,
                vouchesReceived = State.Vouches.Select(v => new { voucherId = v.VoucherId, at = v.At }),
                vouchesGiven = given.Select(v => new { candidateId = v.CandidateId, at = v.At }),
                countingLocationFixes = State.CountingFixes,
                postcard = State.Postcard is { } p ? new { requestedAt = p.RequestedAt, expiresAt = p.ExpiresAt, status = p.Status.ToString(), failedAttempts = p.FailedAttempts } : null,
            },
            account = account is null ? null : new { email = account.Email, pseudo = account.Pseudo, createdAt = account.CreatedAt, recentFailedLogins = account.RecentFailedLogins },
            alertsRaised = alertsRaised.Select(a => new
            {
                id = a.Id,
                kind = a.Kind.ToString(),
                title = a.Title,
                body = a.Body,
                radiusMeters = a.RadiusMeters,
                raisedAt = a.RaisedAt,
                neighbourhoodId = a.OriginNeighbourhoodId,
                resolvedAt = a.ResolvedAt,
                hidden = a.Hidden,
            }),
            pushDevices = pushDevices.Select(d => new { id = d.Id, platform = d.Platform.ToString(), token = d.Token, registeredAt = d.RegisteredAt }),
            moderationLog = moderation.Select(e => new
            {
                at = e.At,
                action = e.Action.ToString(),
                byReports = e.ActorId is null,
                subjectType = e.SubjectType?.ToString(),
                subjectId = e.SubjectId,
                reason = e.Reason,
                decisionId = e.DecisionId,
            }),
        };
        return JsonSerializer.Serialize(export, ExportJson);
    }

    public async Task DeleteAccount(string password)
    {
        RequireExisting();
        if (State.Closure is null)
        {
            // The plan is saved before anything is erased: from here a crash is resumed, not left half done.
            resident.State = State with { Closure = ClosurePlan.Start };
            await resident.WriteStateAsync();
            await this.RegisterOrUpdateReminder(ClosureReminder, ClosureRetry, ClosureRetry);
        }

        await RunClosure(password);
    }

    /// <summary>Runs the saved plan's remaining steps in order, saving the plan after each; the last write is the tombstone.</summary>
    private async Task RunClosure(string password)
    {
        while (State.Closure is { } plan)
        {
            if (plan.Remaining.Count == 0)
            {
                // A tombstone: no personal data, and a new token version so that every token issued before fails.
                resident.State = new ResidentState { Deleted = true, TokenVersion = State.TokenVersion + 1 };
                await resident.WriteStateAsync();
                await StopClosureReminder();
                return;
            }

            try
            {
                await RunStep(plan.Remaining[0], password);
            }
            catch (VoisinageException e) when (plan.Remaining[0] == ClosureStep.CloseAccount && e.Code == ErrorCodes.Forbidden)
            {
                // The password did not check out (or, resumed, the account is still open): this closure never began.
                resident.State = State with { Closure = null };
                await resident.WriteStateAsync();
                await StopClosureReminder();
                throw;
            }

            resident.State = State with { Closure = plan.Next() };
            await resident.WriteStateAsync();
        }
    }

    private async Task RunStep(ClosureStep step, string password)
    {
        switch (step)
        {
            case ClosureStep.CloseAccount:
                // Idempotent: an account this closure already closed answers without the password.
                await GrainFactory.GetGrain<IAccountGrain>(State.Email!).Close(Id, State.Pseudo!, password);
                break;
            case ClosureStep.WithdrawVouches:
                var quota = GrainFactory.GetGrain<IVouchQuotaGrain>(Id);
                foreach (var candidate in (await quota.GetGiven()).Select(v => v.CandidateId).Distinct())
                {
                    await GrainFactory.GetGrain<IResidentGrain>(candidate).WithdrawVouch(Id);
                }

                await quota.Clear();
                break;
            case ClosureStep.ForgetPushDevices:
                await GrainFactory.GetGrain<IResidentPushGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetAlerts:
                // Alerts stay for the neighbourhood, without the raiser's pseudo.
                await GrainFactory.GetGrain<IResidentAlertsGrain>(Id).Forget();
                break;
            case ClosureStep.LeaveNeighbourhood:
                await LeaveCurrentNeighbourhood();
                break;
            case ClosureStep.LeaveDirectory:
                await GrainFactory.GetGrain<IResidentDirectoryGrain>(ResidentDirectory.ShardOf(ResidentDirectory.KeyOf(State.Pseudo!))).Remove(State.Pseudo!, Id);
                break;
            case ClosureStep.CancelPostcard:
                if (State.Postcard is not null)
                {
                    await CancelPostcardOrder();
                }

                break;
        }
    }

    /// <summary>Finishes an interrupted closure; one that fails again is left to the closure reminder.</summary>
    private async Task ResumeClosure()
    {
        try
        {
            // Resumed without the password: the account step passes only if that account is already closed.
            await RunClosure(string.Empty);
        }
        catch (VoisinageException e) when (e.Code == ErrorCodes.Forbidden)
        {
            logger.LogInformation("Resident {ResidentId}: a closure interrupted before its password was checked was dropped", Id);
        }
        catch (Exception e) when (e is not OperationCanceledException && State.Closure is { Committed: false })
        {
            // Not committed: the resident is still theirs to use; the reminder tries again. A committed closure's
            // failure fails this activation instead, so the next call (or the reminder) resumes it before any answer.
            logger.LogWarning(e, "Resident {ResidentId}: resuming an unconfirmed account closure failed; the reminder retries", Id);
            await this.RegisterOrUpdateReminder(ClosureReminder, ClosureRetry, ClosureRetry);
        }
    }

    private async Task StopClosureReminder()
    {
        if (await this.GetReminder(ClosureReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task AfterVerification(Verification verification)
    {
        if (verification.IsVerified)
        {
            await Moderation.ModerationLogWrites.Verified(GrainFactory, Id, verification);
        }

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

    private ResidentProfile Profile(string? neighbourhoodId = null) =>
        new(Id, State.Pseudo!, State.Email!, State.CreatedAt, State.Verification, State.HomeCell, neighbourhoodId, State.ThanksReceived);

    private H3Index RequireVerifiedWithBlock()
    {
        RequireExisting();
        if (!State.Verification.IsVerified || State.HomeCell is null)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "Only verified residents can found or join a neighbourhood.");
        }

        return Cells.BlockOf(State.HomeCell);
    }

    private void RequireExisting()
    {
        if (Gone)
        {
            throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        }
    }

    private int DistinctDays(IEnumerable<DateTimeOffset> instants)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Rules.TimeZone);
        return instants.Select(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime)).Distinct().Count();
    }
}
