namespace Voisinage.Grains.Residents;

/// <summary>One step of an account's closure, in the order they run. Each is idempotent: a resumed closure may repeat the last one.</summary>
public enum ClosureStep
{
    /// <summary>Checks the password and frees the email and pseudo (the account grain's part).</summary>
    CloseAccount = 0,

    /// <summary>Withdraws the vouches this resident gave that have not verified anyone yet, and clears the quota.</summary>
    WithdrawVouches = 1,

    /// <summary>Forgets the push devices and their tokens.</summary>
    ForgetPushDevices = 2,

    /// <summary>Erases the raiser's pseudo from their alerts (the alerts stay for the neighbourhood).</summary>
    ForgetAlerts = 3,

    /// <summary>Leaves the home neighbourhood.</summary>
    LeaveNeighbourhood = 4,

    /// <summary>Withdraws a pending postcard order, and its address, from the outbox.</summary>
    CancelPostcard = 5,

    /// <summary>Leaves the operators' users directory.</summary>
    LeaveDirectory = 6,

    /// <summary>Erases the instants of the resident's writes kept by their quotas (after every step that spends).</summary>
    ForgetQuotas = 7,

    /// <summary>Erases the passkeys: none signs in again (the tombstone already refuses them; this erases the keys).</summary>
    ForgetPasskeys = 8,

    /// <summary>
    /// Anonymises the resident's moderation-log entries and the reports and decisions they made (they become "compte
    /// supprimé"; decisions and reasons stay), and erases their own log (<see cref="Moderation.IModerationTraceGrain"/>).
    /// </summary>
    AnonymiseModeration = 9,

    /// <summary>
    /// Leaves every organisation (an admin's successor is named, a last member's organisation is orphaned), withdraws
    /// the recommendations, erases the announcements received and the hidden advertisers
    /// (<see cref="Organisations.IResidentOrganisationsGrain.Forget"/>).
    /// </summary>
    LeaveOrganisations = 10,

    /// <summary>Erases the notification preferences (and the digest's schedule) and the in-app notifications.</summary>
    ForgetNotifications = 11,

    /// <summary>
    /// Anonymises the resident in each of their conversations (the neighbour keeps it, their messages shown from a
    /// deleted account; <see cref="Messaging.IConversationGrain.Forget"/>), takes them out of the responders of the
    /// listing each one is about, then deletes their list of conversations.
    /// </summary>
    ForgetConversations = 12,

    /// <summary>The resident's posts stay for the neighbourhood, by a deleted account (<see cref="Feed.IResidentPostsGrain.Forget"/>).</summary>
    ForgetPosts = 13,

    /// <summary>
    /// The listings noted as holding the resident's id no longer name them: their own stay from a deleted account,
    /// closed if still going; on neighbours' listings open pledges, seats and RSVPs are withdrawn and the rest stays
    /// counted from no one (<see cref="Listings.IListingGrain.ForgetResident"/>); the thanks they received are erased.
    /// </summary>
    ForgetListings = 14,

    /// <summary>
    /// Erases the key of the resident's live streams (<see cref="IResidentStreamKeyGrain.Forget"/>): the pub-sub rows
    /// Orleans may keep for them are keyed by it, so they name nobody, and nothing publishes under it again. The inbox
    /// is emptied once more, with the key it held.
    /// </summary>
    ForgetLiveStreams = 15,
}

/// <summary>
/// An account closure under way, saved in the resident's state before its first step and after each one, so a crash
/// midway is resumed (on the next activation, or by the closure reminder) until every part is erased; the last step
/// writes the tombstone. Until <see cref="ClosureStep.CloseAccount"/> is done the password has not been checked: a
/// resumed plan then checks the account instead, and is dropped if the account is still open.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClosurePlan([property: Id(0)] IReadOnlyList<ClosureStep> Remaining)
{
    /// <summary>Every step, in order.</summary>
    public static ClosurePlan Start { get; } = new([.. Enum.GetValues<ClosureStep>()]);

    /// <summary>The password checked out and the account is closed: the resident is gone for everyone from now on.</summary>
    public bool Committed => !Remaining.Contains(ClosureStep.CloseAccount);

    /// <summary>The plan once its first remaining step is done.</summary>
    public ClosurePlan Next() => new([.. Remaining.Skip(1)]);
}
