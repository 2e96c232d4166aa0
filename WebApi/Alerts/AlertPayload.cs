using Voisinage.Grains.Alerts;

namespace Voisinage.WebApi.Alerts;

/// <summary>The GraphQL <c>Alert</c> fields as the SignalR hub sends them (camelCase JSON, SPEC §9).</summary>
public sealed record AlertPayload(
    string Id,
    string NeighbourhoodId,
    long Sequence,
    string Kind,
    string Title,
    string Body,
    int RadiusMeters,
    DateTimeOffset RaisedAt,
    bool Resolved,
    DateTimeOffset? ResolvedAt,
    bool Hidden,
    string OriginNeighbourhoodId,
    AlertRaiserPayload Raiser,
    long UpdateSequence)
{
    public static AlertPayload From(Alert a) => new(
        a.Id, a.NeighbourhoodId, a.Sequence, KindName(a.Kind), a.Title, a.Body, a.RadiusMeters, a.RaisedAt, a.Resolved, a.ResolvedAt, a.Hidden,
        a.OriginNeighbourhoodId, new AlertRaiserPayload(a.RaiserId, a.RaiserPseudo), a.UpdateSequence);

    /// <summary>The GraphQL enum name of a kind (LOST_ANIMAL, …).</summary>
    public static string KindName(AlertKind kind) => kind switch
    {
        AlertKind.LostAnimal => "LOST_ANIMAL",
        AlertKind.Vigilance => "VIGILANCE",
        AlertKind.Event => "EVENT",
        AlertKind.Urgent => "URGENT",
        _ => kind.ToString().ToUpperInvariant(),
    };
}

public sealed record AlertRaiserPayload(string Id, string Pseudo);
