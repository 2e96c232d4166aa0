namespace Voisinage.Grains.Listings;

/// <summary>Reports and the hidden flag of a piece of content (SPEC §5: 3 distinct reporters hide it).</summary>
[GenerateSerializer]
public sealed record ModerationState
{
    public const int ReportsToHide = 3;

    [Id(0)] public HashSet<string> Reporters { get; init; } = [];

    [Id(1)] public bool Hidden { get; set; }

    /// <summary>Counts a report; true if it changed anything.</summary>
    public bool AddReport(string reporterId)
    {
        if (!Reporters.Add(reporterId))
        {
            return false;
        }

        if (Reporters.Count >= ReportsToHide)
        {
            Hidden = true;
        }

        return true;
    }
}
