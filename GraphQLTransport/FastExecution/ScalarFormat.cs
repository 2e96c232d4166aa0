using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using GraphQL.Types;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// How one of GraphQL.NET's built-in scalars (its exact type, not a subclass) serializes one CLR type, written without
/// boxing; equal to <c>Serialize</c> then <see cref="FastDataJsonConverter"/>'s writing of the result.
/// </summary>
internal abstract class ScalarFormat<T>
{
    /// <summary>Whether the value is written by this format (else the resolver path reports the error).</summary>
    public abstract bool Accepts(T value, bool nonNull);

    public abstract void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options, bool plain);
}

/// <summary>The formats the fast path knows.</summary>
internal static class ScalarFormat
{
    /// <summary>The format of <typeparamref name="T"/> under <paramref name="scalar"/>, or null when it is not one of the known pairs.</summary>
    public static ScalarFormat<T>? For<T>(ScalarGraphType scalar) => (ScalarFormat<T>?)Create(typeof(T), scalar);

    private static object? Create(Type type, ScalarGraphType scalar)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Create(underlying, scalar) is { } inner
                ? Activator.CreateInstance(typeof(NullableFormat<>).MakeGenericType(underlying), inner)
                : null;
        }

        var kind = scalar.GetType();
        return type switch
        {
            _ when type == typeof(string) && (kind == typeof(StringGraphType) || kind == typeof(IdGraphType)) => new DirectFormat<string?>(static (w, v) => w.WriteStringValue(v)),
            _ when type == typeof(bool) && kind == typeof(BooleanGraphType) => new DirectFormat<bool>(static (w, v) => w.WriteBooleanValue(v)),
            _ when type == typeof(int) && kind == typeof(IntGraphType) => new DirectFormat<int>(static (w, v) => w.WriteNumberValue(v)),
            _ when type == typeof(DateTimeOffset) && kind == typeof(DateTimeOffsetGraphType) => new DateTimeOffsetFormat(),
            _ when type.IsEnum && scalar is EnumerationGraphType => Activator.CreateInstance(typeof(EnumFormat<>).MakeGenericType(type), scalar),
            _ => null,
        };
    }
}

/// <summary>
/// String and ID of a string, Boolean of a bool, Int of an int: a present value in plain mode is written directly by
/// <paramref name="writePlain"/>; anything else as <see cref="FastDataJsonConverter"/> writes it.
/// </summary>
internal sealed class DirectFormat<T>(Action<Utf8JsonWriter, T> writePlain) : ScalarFormat<T>
{
    public override bool Accepts(T value, bool nonNull) => value is not null || !nonNull;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options, bool plain)
    {
        if (plain && value is not null)
        {
            writePlain(writer, value);
        }
        else
        {
            FastDataJsonConverter.WriteValue(writer, value, options, plain);
        }
    }
}

/// <summary>DateTimeOffset: <see cref="DateTimeOffsetGraphType"/>'s ISO 8601 text, formatted into a stack buffer.</summary>
internal sealed class DateTimeOffsetFormat : ScalarFormat<DateTimeOffset>
{
    /// <summary>The format <see cref="DateTimeOffsetGraphType.Serialize"/> uses, with the invariant culture.</summary>
    private const string Iso = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK";

    public override bool Accepts(DateTimeOffset value, bool nonNull) => true;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options, bool plain)
    {
        Span<char> text = stackalloc char[48];
        if (plain && value.TryFormat(text, out var written, Iso, DateTimeFormatInfo.InvariantInfo))
        {
            writer.WriteStringValue(text[..written]);
        }
        else
        {
            FastDataJsonConverter.WriteValue(writer, value.ToString(Iso, DateTimeFormatInfo.InvariantInfo), options, plain);
        }
    }
}

/// <summary>
/// An enum under an <see cref="EnumerationGraphType"/>: the graph type's own <c>Serialize</c> of each value, asked once
/// per value (values it refuses are not accepted, so the resolver path reports them).
/// </summary>
internal sealed class EnumFormat<T>(EnumerationGraphType scalar) : ScalarFormat<T>
    where T : struct, Enum
{
    /// <summary>Values kept at most (an enum has few; a flags enum could have many combinations).</summary>
    private const int MaxCached = 256;

    private static readonly object Refused = new();
    private readonly ConcurrentDictionary<T, object?> _serialized = new();

    public override bool Accepts(T value, bool nonNull) => Serialized(value) is var serialized && serialized != Refused && (serialized is not null || !nonNull);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options, bool plain)
    {
        var serialized = Serialized(value);
        if (plain && serialized is string text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            FastDataJsonConverter.WriteValue(writer, serialized, options, plain);
        }
    }

    private object? Serialized(T value)
    {
        if (_serialized.TryGetValue(value, out var serialized))
        {
            return serialized;
        }

        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (Exception)
        {
            serialized = Refused;
        }

        if (_serialized.Count < MaxCached)
        {
            _serialized.TryAdd(value, serialized);
        }

        return serialized;
    }
}

/// <summary>A nullable value type: null, or its value's format.</summary>
internal sealed class NullableFormat<T>(ScalarFormat<T> inner) : ScalarFormat<T?>
    where T : struct
{
    public override bool Accepts(T? value, bool nonNull) => value is { } present ? inner.Accepts(present, nonNull) : !nonNull;

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options, bool plain)
    {
        if (value is { } present)
        {
            inner.Write(writer, present, options, plain);
        }
        else
        {
            FastDataJsonConverter.WriteValue(writer, null, options, plain);
        }
    }
}
