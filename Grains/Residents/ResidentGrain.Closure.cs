using Microsoft.Extensions.Logging;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Verification;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Account closure as a durable process: a plan of idempotent steps saved before the first and after each, resumed
/// by the next activation or the closure reminder until the tombstone (<see cref="ClosurePlan"/>).
/// </summary>
internal sealed partial class ResidentGrain
{
    private const string ClosureReminder = "account-closure";

    private static readonly TimeSpan ClosureRetry = TimeSpan.FromMinutes(1);

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
            if (plan.Remaining[0] == ClosureStep.ForgetPushDevices)
            {
                faults.Value.CrashIfMarked(State.Pseudo, "account closure, push devices forgotten");
            }
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
                    await GrainFactory.GetGrain<IResidentVerificationGrain>(candidate).WithdrawVouch(Id);
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
                await Memberships.Leave(Home);
                break;
            case ClosureStep.LeaveDirectory:
                await DirectoryLeaf.Remove(State.Pseudo!, Id);
                break;
            case ClosureStep.ForgetQuotas:
                await GrainFactory.GetGrain<RateLimits.IResidentQuotaGrain>(Id).Forget();
                break;
            case ClosureStep.AnonymiseModeration:
                await GrainFactory.GetGrain<Moderation.IModerationTraceGrain>(Id).Anonymise();
                break;
            case ClosureStep.LeaveOrganisations:
                await GrainFactory.GetGrain<Organisations.IResidentOrganisationsGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetNotifications:
                await GrainFactory.GetGrain<Notifications.INotificationPreferencesGrain>(Id).Forget();
                await GrainFactory.GetGrain<Listings.INotificationInboxGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetPasskeys:
                await GrainFactory.GetGrain<Passkeys.IResidentPasskeysGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetConversations:
                await ForgetConversations();
                break;
            case ClosureStep.ForgetPosts:
                await GrainFactory.GetGrain<Feed.IResidentPostsGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetListings:
                await GrainFactory.GetGrain<Listings.IResidentListingsGrain>(Id).Forget();
                break;
            case ClosureStep.ForgetLiveStreams:
                // The key, then the inbox once more: a notification that came since ForgetNotifications is erased, and
                // the inbox drops the key it may have taken with it.
                await GrainFactory.GetGrain<IResidentStreamKeyGrain>(Id).Forget();
                await GrainFactory.GetGrain<Listings.INotificationInboxGrain>(Id).Forget();
                break;
            case ClosureStep.CancelPostcard:
                if (State.Postcard is not null)
                {
                    await CancelPostcardOrder();
                }

                break;
        }
    }

    /// <summary>
    /// Each conversation forgets the resident, then its listing forgets them as a responder (both idempotent), then their
    /// list goes: a resumed step repeats it whole.
    /// </summary>
    private async Task ForgetConversations()
    {
        var index = GrainFactory.GetGrain<Messaging.IConversationIndexGrain>(Id);
        string? after = null;
        Messaging.ConversationIdPage page;
        do
        {
            page = await index.List(Messaging.ConversationIndexGrain.MaxPage, after);
            foreach (var edge in page.Edges)
            {
                if (await GrainFactory.GetGrain<Messaging.IConversationGrain>(edge.ConversationId).Forget(Id) is { } listingId)
                {
                    await GrainFactory.GetGrain<Listings.IListingGrain>(listingId).ForgetResponder(Id);
                }
            }

            after = page.Edges.Count > 0 ? page.Edges[^1].Cursor : null;
        }
        while (page.HasNextPage && after is not null);
        await index.Forget();
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
}
