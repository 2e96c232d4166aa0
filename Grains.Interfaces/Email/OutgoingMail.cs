namespace Voisinage.Grains.Email;

/// <summary>
/// One email ready to send: French text and HTML parts, and extra headers (e.g. <c>List-Unsubscribe</c>). The id is
/// also its <c>Message-ID</c>'s local part, so a mail sent twice after a lost acknowledgement is recognisable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OutgoingMail(
    [property: Id(0)] string Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Text,
    [property: Id(4)] string Html,
    [property: Id(5)] IReadOnlyDictionary<string, string> Headers);
