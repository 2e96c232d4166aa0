namespace Voisinage.Grains.Moderation;

/// <summary>The moderation rule for every kind of content (SPEC §5), section <c>Voisinage:Moderation</c>.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Voisinage:Moderation";

    /// <summary>Distinct members whose reports hide an alert, a listing or a post.</summary>
    public int ReportsToHide { get; set; } = 3;

    /// <summary>Longest reason of a report, a decision or an appeal's decision.</summary>
    public int ReasonMaxLength { get; set; } = 500;

    /// <summary>Longest text of an appeal.</summary>
    public int AppealMaxLength { get; set; } = 1000;

    /// <summary>How long an appeal waits for a decision; undecided by then, the content is shown again.</summary>
    public TimeSpan AppealDeadline { get; set; } = TimeSpan.FromDays(7);
}
