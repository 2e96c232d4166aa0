using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Voisinage.Grains.Feed;

/// <summary>Opaque Relay cursors: base64url of a few numbers. A cursor that does not decode is BAD_USER_INPUT.</summary>
public static class Cursors
{
    public static string Encode(params long[] parts) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Join(':', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)))));

    public static long[] Decode(string cursor, int count)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split(':');
            if (parts.Length == count)
            {
                return [.. parts.Select(p => long.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture))];
            }
        }
        catch (FormatException)
        {
        }
        catch (OverflowException)
        {
        }

        throw VoisinageException.BadInput("This cursor is not one we gave out.");
    }

    /// <summary>Checks a page size.</summary>
    public static int PageSize(int first, int max = 100) =>
        first >= 1 && first <= max ? first : throw VoisinageException.BadInput($"first must be between 1 and {max}.");
}
