namespace Voisinage.Grains.Listings;

[GenerateSerializer]
public sealed record ListingState
{
    [Id(0)] public ListingDraft? Draft { get; set; }
    [Id(1)] public string AuthorId { get; set; } = string.Empty;

    /// <summary>The author's neighbourhood when the listing was created.</summary>
    [Id(2)] public string NeighbourhoodId { get; set; } = string.Empty;

    /// <summary>Every neighbourhood the listing is shown to: the author's, then those within its radius.</summary>
    [Id(3)] public List<string> Audience { get; set; } = [];
    [Id(4)] public ListingStatus Status { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public DateTimeOffset? EndsAt { get; set; }
    [Id(7)] public string? CounterpartId { get; set; }

    /// <summary>Group purchase: quantity pledged per resident.</summary>
    [Id(8)] public Dictionary<string, int> Pledges { get; set; } = [];

    /// <summary>Carpool: residents holding a seat.</summary>
    [Id(9)] public HashSet<string> Seats { get; set; } = [];

    /// <summary>Event: residents attending.</summary>
    [Id(10)] public HashSet<string> Going { get; set; } = [];

    /// <summary>Residents who opened a conversation about the listing.</summary>
    [Id(11)] public HashSet<string> Responders { get; set; } = [];

    /// <summary>Thanks given, as "from>to".</summary>
    [Id(12)] public HashSet<string> Thanks { get; set; } = [];
    [Id(13)] public ModerationState Moderation { get; set; } = new();

    /// <summary>The association or business it was published for (its admin or editor is the author), or null.</summary>
    [Id(14)] public string? OrganisationId { get; set; }

    /// <summary>The organisation's verified name when published: shown as the author, so the member is never named.</summary>
    [Id(15)] public string? OrganisationName { get; set; }

    /// <summary>Carpool: seats held by residents who since deleted their account, once the ride was no longer open.</summary>
    [Id(16)] public int FormerSeats { get; set; }

    /// <summary>Event: attendees who since deleted their account, once the event was no longer open.</summary>
    [Id(17)] public int FormerGoing { get; set; }

    public bool Exists => Draft is not null;
}
