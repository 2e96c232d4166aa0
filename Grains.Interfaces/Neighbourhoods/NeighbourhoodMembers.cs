using System.Buffers.Text;
using System.Text;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>A member as other members see them: who, and whether they lead. Never where they live.</summary>
[GenerateSerializer, Immutable]
public sealed record NeighbourhoodMember([property: Id(0)] string ResidentId, [property: Id(1)] bool IsLead);

/// <summary>A page of members in resident-id order, so pages stay stable while others join.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberPage([property: Id(0)] IReadOnlyList<NeighbourhoodMember> Members, [property: Id(1)] bool HasNextPage);

/// <summary>Opaque Relay cursors over members: base64url of the resident id. Anything else is BAD_USER_INPUT.</summary>
public static class MemberCursors
{
    public static string Encode(string residentId) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(residentId));

    public static string Decode(string cursor)
    {
        try
        {
            var id = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (ResidentIds.IsWellFormed(id))
            {
                return id;
            }
        }
        catch (FormatException)
        {
        }

        throw VoisinageException.BadInput("This cursor is not one we gave out.");
    }
}
