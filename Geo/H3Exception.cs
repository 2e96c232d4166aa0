namespace Voisinage.Geo;

/// <summary>Raised where the H3 library itself reports an error (e.g. pentagon distortion, cells too far apart).</summary>
public class H3Exception : ArgumentException
{
    /// <summary>Creates an exception with no message.</summary>
    public H3Exception()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public H3Exception(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public H3Exception(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
