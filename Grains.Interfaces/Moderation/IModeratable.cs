namespace Voisinage.Grains.Moderation;

/// <summary>
/// Content members can report and leads can moderate (SPEC §5): alerts, listings and posts. The rules (how many reports
/// hide it, who decides, appeals) live in the subject's <see cref="IModerationCaseGrain"/>, which calls these; the content
/// grain only says what it is, who may report it, and shows or hides itself. Nothing here calls the case back, so no
/// cycle forms.
/// </summary>
public interface IModeratable : IGrainWithStringKey
{
    /// <summary>What the content is (NOT_FOUND if it does not exist).</summary>
    Task<ModerationSubject> Describe();

    /// <summary>
    /// What the content is, for a resident about to report it: NOT_FOUND unless they may see it, FORBIDDEN for someone
    /// outside its audience, BAD_USER_INPUT for its author.
    /// </summary>
    Task<ModerationSubject> DescribeForReporter(string reporterId);

    /// <summary>Shows or hides the content wherever it is shown (feeds, alert channels); idempotent. Called by its case only.</summary>
    Task ApplyHidden(bool hidden);
}
