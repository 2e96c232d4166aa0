namespace Voisinage.Grains.Moderation;

/// <summary>What a lead decides about reported or hidden content.</summary>
public enum ModerationDecision
{
    /// <summary>The content stays hidden (a lead confirms what reports did).</summary>
    KeepHidden = 1,

    /// <summary>The content is shown again and its reports are cleared.</summary>
    Restore = 2,

    /// <summary>The content is hidden.</summary>
    Hide = 3,
}

/// <summary>What a moderation log entry records.</summary>
public enum ModerationAction
{
    /// <summary>Content hidden, by reports (no actor) or by a lead.</summary>
    Hidden = 1,

    /// <summary>A lead confirmed that hidden content stays hidden.</summary>
    KeptHidden = 2,

    /// <summary>Content shown again (by a lead, an appeal, or an appeal's deadline).</summary>
    Restored = 3,

    /// <summary>The author appealed a decision.</summary>
    Appealed = 4,

    /// <summary>An appeal was refused: the content stays hidden.</summary>
    AppealRefused = 5,

    /// <summary>A lead was named.</summary>
    LeadNamed = 6,

    /// <summary>An operator was granted.</summary>
    OperatorGranted = 7,

    /// <summary>An operator was revoked.</summary>
    OperatorRevoked = 8,

    /// <summary>A resident was verified (the method is the reason).</summary>
    Verified = 9,

    /// <summary>An operator verified an organisation (the subject id is the organisation's).</summary>
    OrganisationVerified = 10,

    /// <summary>An operator rejected an organisation, with the reason.</summary>
    OrganisationRejected = 11,
    /// <summary>An operator registered a partner client of the OpenID Connect provider (its client id is the subject id).</summary>
    PartnerRegistered = 12,

    /// <summary>An operator removed a partner client: every authorization and token it held ended.</summary>
    PartnerRemoved = 13,

    /// <summary>An operator approved a business's sponsored campaign (its id is the subject id).</summary>
    CampaignApproved = 14,

    /// <summary>An operator rejected a sponsored campaign, with the reason.</summary>
    CampaignRejected = 15,
}

/// <summary>Where an appeal stands.</summary>
public enum AppealStatus
{
    /// <summary>Waiting for someone who did not take the decision.</summary>
    Pending = 1,

    /// <summary>Granted: the content was shown again.</summary>
    Granted = 2,

    /// <summary>Refused: the content stays hidden.</summary>
    Refused = 3,

    /// <summary>Nobody decided before the deadline: the content was shown again.</summary>
    Expired = 4,

    /// <summary>The content was shown again by a lead before anyone decided the appeal.</summary>
    Closed = 5,
}

/// <summary>
/// An appeal of one decision, with its outcome. <see cref="DeciderNeighbourhoodId"/>: the neighbourhood whose leads
/// (those who took no part in the decision) may decide it — the nearest other one by the neighbourhoods' centres, chosen
/// when the appeal is made — or null when none was found nearby: operators only. Operators may always decide.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AppealView(
    [property: Id(0)] string Text,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] DateTimeOffset Deadline,
    [property: Id(3)] AppealStatus Status,
    [property: Id(4)] string? DeciderId,
    [property: Id(5)] string? Reason,
    [property: Id(6)] DateTimeOffset? DecidedAt,
    [property: Id(7)] string? DeciderNeighbourhoodId = null)
{
    /// <summary>Who may decide: a lead of a neighbouring neighbourhood (or an operator), or operators only.</summary>
    public AppealDeciders Deciders => DeciderNeighbourhoodId is null ? AppealDeciders.Operators : AppealDeciders.NeighbouringLead;
}

/// <summary>Who may decide an appeal (computed, never stored).</summary>
public enum AppealDeciders
{
    /// <summary>A lead of the nearest other neighbourhood who took no part in the decision, or an operator.</summary>
    NeighbouringLead = 1,

    /// <summary>No neighbourhood nearby has such a lead: an operator.</summary>
    Operators = 2,
}

/// <summary>
/// One decision on a subject. <see cref="DeciderId"/> is null when reports decided; <see cref="Appealable"/> says
/// whether its author may still appeal it (it hid the content, which is still hidden, and was not appealed yet).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DecisionView(
    [property: Id(0)] string Id,
    [property: Id(1)] ModerationAction Action,
    [property: Id(2)] string? DeciderId,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] AppealView? Appeal,
    [property: Id(6)] bool Appealable);

/// <summary>How many distinct members reported one reason (an empty reason is "no reason given").</summary>
[GenerateSerializer, Immutable]
public sealed record ReportReason([property: Id(0)] string Reason, [property: Id(1)] int Count);

/// <summary>A subject's moderation as its author, its leads and operators see it (never who reported it).</summary>
[GenerateSerializer, Immutable]
public sealed record ModerationCaseView(
    [property: Id(0)] ModerationSubject Subject,
    [property: Id(1)] int Reports,
    [property: Id(2)] IReadOnlyList<ReportReason> Reasons,
    [property: Id(3)] DateTimeOffset? LastReportAt,
    [property: Id(4)] bool Hidden,
    [property: Id(5)] IReadOnlyList<DecisionView> Decisions);
