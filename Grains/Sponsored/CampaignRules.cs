using System.Globalization;
using Voisinage.Grains.Organisations;

namespace Voisinage.Grains.Sponsored;

/// <summary>The shape of a campaign, and the keys of its index and of a day, checked before anything is spent or written.</summary>
internal static class CampaignRules
{
    public const int MaxTitle = 80;
    public const int MaxText = 500;
    public const int MaxReason = 500;
    public const int MaxTargets = 20;

    /// <summary>The most changes (edits, pauses, resumptions) a campaign takes from its business.</summary>
    public const int MaxChanges = 100;

    /// <summary>
    /// Running campaigns are indexed like organisations' areas, in <see cref="IOrganisationAreaIndexGrain"/> shards of
    /// their own (this prefix before the shard's cell), so the same "which areas hold this home" lookup serves both.
    /// </summary>
    public const string IndexPrefix = "sponsored:";

    public static string IndexKey(string shard) => IndexPrefix + shard;

    /// <summary>The draft with its texts trimmed, or the refusal (BAD_USER_INPUT).</summary>
    public static CampaignDraft Validate(CampaignDraft draft, DateTimeOffset now, SponsoredOptions options)
    {
        var title = TextRules.Text(draft.Title, "title", MaxTitle);
        var text = TextRules.Text(draft.Text, "text", MaxText);
        if (draft.EndsAt <= draft.StartsAt)
        {
            throw VoisinageException.BadInput("A campaign ends after it starts.");
        }

        if (draft.EndsAt <= now)
        {
            throw VoisinageException.BadInput("A campaign ends in the future.");
        }

        if (draft.EndsAt - draft.StartsAt > options.MaxDuration)
        {
            throw VoisinageException.BadInput($"A campaign runs at most {options.MaxDuration.TotalDays:0} days.");
        }

        if (draft.Impressions < 1 || draft.Impressions > options.MaxImpressions)
        {
            throw VoisinageException.BadInput($"A campaign buys 1 to {options.MaxImpressions} impressions.");
        }

        var targets = (draft.NeighbourhoodIds ?? []).Distinct().ToList();
        return targets.Count > MaxTargets
            ? throw VoisinageException.BadInput($"A campaign targets at most {MaxTargets} neighbourhoods.")
            : draft with { Title = title, Text = text, NeighbourhoodIds = targets };
    }

    /// <summary>
    /// The campaign with <paramref name="changes"/> applied, checked as a new draft is (BAD_USER_INPUT), and never fewer
    /// impressions than already delivered. A changed title or text is <c>Reworded</c>: it goes back to the operators.
    /// </summary>
    public static (Campaign Changed, bool Reworded) Change(Campaign campaign, CampaignChanges changes, DateTimeOffset now, SponsoredOptions options)
    {
        var draft = new CampaignDraft(
            changes.Title ?? campaign.Title, changes.Text ?? campaign.Text, campaign.NeighbourhoodIds,
            changes.StartsAt ?? campaign.StartsAt, changes.EndsAt ?? campaign.EndsAt, changes.Impressions ?? campaign.Impressions);
        var valid = Validate(draft, now, options);
        if (valid.Impressions < campaign.Delivered)
        {
            throw VoisinageException.BadInput($"A campaign keeps at least the {campaign.Delivered} impressions already delivered.");
        }

        var reworded = valid.Title != campaign.Title || valid.Text != campaign.Text;
        var changed = campaign with
        {
            Title = valid.Title,
            Text = valid.Text,
            StartsAt = valid.StartsAt,
            EndsAt = valid.EndsAt,
            Impressions = valid.Impressions,
        };
        return (changed, reworded);
    }

    /// <summary>The log's words for what an edit changed (field names, as the API spells them).</summary>
    public static string Changed(Campaign before, Campaign after) =>
        string.Join(' ', new (string Name, bool Changed)[]
        {
            ("title", before.Title != after.Title),
            ("text", before.Text != after.Text),
            ("startsAt", before.StartsAt != after.StartsAt),
            ("endsAt", before.EndsAt != after.EndsAt),
            ("impressions", before.Impressions != after.Impressions),
        }.Where(f => f.Changed).Select(f => f.Name));

    /// <summary>The UTC day an impression is counted in.</summary>
    public static string Day(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// What today's dedup keeps of a resident: a hash of the campaign, the day and the resident, so the set never
    /// lists resident ids, and nothing of it outlives the day.
    /// </summary>
    public static string DedupKey(string campaignId, string day, string residentId) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{campaignId}\n{day}\n{residentId}")), 0, 16);
}
