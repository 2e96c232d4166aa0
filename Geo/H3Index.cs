using System.Globalization;
using System.Runtime.CompilerServices;
using Voisinage.Geo.Internal;

namespace Voisinage.Geo;

/// <summary>A 64-bit H3 index (cell mode for everything this library produces).</summary>
public readonly struct H3Index : IEquatable<H3Index>, IComparable<H3Index>
{
    /// <summary>The null index (0), never a valid cell.</summary>
    public static readonly H3Index Null;

    /// <summary>Wraps a raw 64-bit value.</summary>
    public H3Index(ulong value) => Value = value;

    /// <summary>The raw 64-bit value.</summary>
    public ulong Value { get; }

    /// <summary>The resolution encoded in the index (0-15).</summary>
    public int Resolution
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IndexMath.GetResolution(Value);
    }

    /// <summary>The base cell number (0-121 for valid cells).</summary>
    public int BaseCell => IndexMath.GetBaseCell(Value);

    /// <summary>Whether this is a valid H3 cell.</summary>
    public bool IsValid => IndexMath.IsValidCell(Value);

    /// <summary>Whether this cell is one of the 12 pentagons at its resolution.</summary>
    public bool IsPentagon => IndexMath.IsPentagon(Value);

    /// <summary>Parses 1-16 hexadecimal digits (case-insensitive, optional 0x prefix).</summary>
    public static H3Index Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var h) ? h : throw new FormatException($"'{s}' is not a hexadecimal H3 index.");
    }

    /// <summary>Parses 1-16 hexadecimal digits; false on malformed input (validity as a cell is not checked).</summary>
    public static bool TryParse(string? s, out H3Index index)
    {
        index = Null;
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        var span = s.AsSpan();
        if (span.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        if (span.Length is 0 or > 16)
        {
            return false;
        }

        if (!ulong.TryParse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        index = new H3Index(v);
        return true;
    }

    /// <summary>Lowercase hexadecimal, no leading zeros (15 digits for cells), as H3 prints it.</summary>
    public override string ToString() => Value.ToString("x", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(H3Index other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is H3Index other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(H3Index other) => Value.CompareTo(other.Value);

    /// <summary>Raw value to index.</summary>
    public static explicit operator H3Index(ulong value) => new(value);

    /// <summary>Index to raw value.</summary>
    public static implicit operator ulong(H3Index index) => index.Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(H3Index left, H3Index right) => left.Value == right.Value;

    /// <summary>Inequality.</summary>
    public static bool operator !=(H3Index left, H3Index right) => left.Value != right.Value;

    /// <summary>Ordering by raw value.</summary>
    public static bool operator <(H3Index left, H3Index right) => left.Value < right.Value;

    /// <summary>Ordering by raw value.</summary>
    public static bool operator >(H3Index left, H3Index right) => left.Value > right.Value;

    /// <summary>Ordering by raw value.</summary>
    public static bool operator <=(H3Index left, H3Index right) => left.Value <= right.Value;

    /// <summary>Ordering by raw value.</summary>
    public static bool operator >=(H3Index left, H3Index right) => left.Value >= right.Value;

    /// <summary>Wraps a raw value (same as the explicit conversion).</summary>
    public static H3Index FromUInt64(ulong value) => new(value);

    /// <summary>The raw value (same as the implicit conversion).</summary>
    public ulong ToUInt64() => Value;
}
