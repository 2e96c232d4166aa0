using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident, keyed by an opaque id that never changes: the single writer of its state, split by concept into files
/// (this one: the account; <c>ResidentGrain.Verification.cs</c>: home and verification, whose evidence it applies one
/// at a time; <c>ResidentGrain.Closure.cs</c>: the durable account closure; <c>ResidentGrain.Memberships.cs</c>:
/// memberships, derived from the neighbourhoods by <see cref="ResidentMemberships"/> and never stored here).
/// </summary>
/// <remarks>
/// Callers see small faces, one per concept: <see cref="IResidentAccountGrain"/>, <see cref="IResidentVerificationGrain"/>,
/// <see cref="IResidentMembershipGrain"/> and <see cref="IResidentSessionsGrain"/>. Orleans maps every interface a grain
/// class implements to that class's one grain type ("resident", from the class name), so the same key reaches the same
/// activation through any face, and the state stays one record that a closure, a verification and a membership change
/// write together.
/// </remarks>
internal sealed partial class ResidentGrain(
    [PersistentState("resident", StorageNames.Voisinage)] IPersistentState<ResidentState> resident,
    IOptions<VerificationOptions> verificationOptions,
    IOptions<Operations.FaultInjectionOptions> faults,
    TimeProvider clock,
    ILogger<ResidentGrain> logger) : Grain, IResidentAccountGrain, IRemindable
{
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

        resident.State = new ResidentState { Pseudo = pseudo, Email = email, CreatedAt = clock.GetUtcNow(), PushFollows = false };
        await resident.WriteStateAsync();
        await JoinDirectory();
    }

    /// <summary>Lists the resident in the operators' users directory (idempotent: a retried creation lists it once).</summary>
    private Task JoinDirectory() => DirectoryLeaf.Add(State.Pseudo!, Id);

    /// <summary>The users directory's leaf that lists this resident, by pseudo.</summary>
    private IResidentDirectoryGrain DirectoryLeaf =>
        GrainFactory.GetGrain<IResidentDirectoryGrain>(ResidentDirectory.LeafOf(ResidentDirectory.KeyOf(State.Pseudo!)));

    public async Task<ResidentProfile?> GetProfile() => Gone ? null : Profile(await Memberships.Id(Home));

    public Task<int?> GetTokenVersion() => Task.FromResult(Gone ? (int?)null : State.TokenVersion);

    public async Task<SignedIn> RevokeTokens()
    {
        RequireExisting();
        // Every session was opened under the old version: they all end with it.
        _seen.Clear();
        resident.State = State with { TokenVersion = State.TokenVersion + 1, Sessions = [] };
        await resident.WriteStateAsync();
        return new SignedIn(Id, State.Pseudo!, State.TokenVersion);
    }

    public async Task<SignedIn> ChangePassword(string currentPassword, string newPassword)
    {
        RequireExisting();
        await GrainFactory.GetGrain<IAccountGrain>(State.Email!).ChangePassword(Id, currentPassword, newPassword);
        return await RevokeTokens();
    }

    public async Task ResendEmailConfirmation()
    {
        RequireExisting();
        var account = GrainFactory.GetGrain<IAccountGrain>(State.Email!);
        if (!await account.IsEmailConfirmed())
        {
            await GrainFactory.GetGrain<RateLimits.IResidentQuotaGrain>(Id).Spend(RateLimits.QuotaKind.EmailConfirmation);
            await account.SendEmailConfirmation();
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
        var quotaUses = await GrainFactory.GetGrain<RateLimits.IResidentQuotaGrain>(Id).GetRecentUses();
        var passkeys = await GrainFactory.GetGrain<Passkeys.IResidentPasskeysGrain>(Id).List();
        var organisations = await ExportSections.Organisations(GrainFactory, Id);
        var recommendations = await ExportSections.Recommendations(GrainFactory, Id);
        var announcements = await ExportSections.Announcements(GrainFactory, Id);
        var hiddenAdvertisers = await ExportSections.HiddenAdvertisers(GrainFactory, Id);
        var preferences = await ExportSections.NotificationPreferences(GrainFactory, Id);
        var notifications = await ExportSections.Notifications(GrainFactory, Id);
        var conversations = await ExportSections.Conversations(GrainFactory, Id);
        var listings = await ExportSections.Listings(GrainFactory, Id);
        var thanksReceived = await ExportSections.ThanksReceived(GrainFactory, Id);
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
                neighbourhoodId = await Memberships.Id(Home),
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
            sessions = State.Sessions.Select(s => new { id = s.Id, createdAt = s.CreatedAt, lastSeenAt = LastSeen(s), expiresAt = s.ExpiresAt, browser = s.Browser, system = s.System }),
            pushDevices = pushDevices.Select(d => new { id = d.Id, platform = d.Platform.ToString(), token = d.Token, registeredAt = d.RegisteredAt }),
            passkeys = passkeys.Select(p => new { id = p.Id, name = p.Name, createdAt = p.CreatedAt, lastUsedAt = p.LastUsedAt }),
            recentWrites = quotaUses.ToDictionary(u => u.Key.ToString(), u => u.Value),
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
            organisations,
            recommendations,
            announcementsReceived = announcements,
            hiddenAdvertisers,
            notificationPreferences = preferences,
            notifications,
            conversations,
            listings,
            thanksReceived,
        };
        return JsonSerializer.Serialize(export, ExportJson);
    }

    private ResidentProfile Profile(string? neighbourhoodId = null) =>
        new(Id, State.Pseudo!, State.Email!, State.CreatedAt, State.Verification, State.HomeCell, neighbourhoodId, State.ThanksReceived);

    private void RequireExisting()
    {
        if (Gone)
        {
            throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        }
    }
}
