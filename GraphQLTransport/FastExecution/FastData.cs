using System.Text.Json;
using System.Text.Json.Serialization;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// The <c>data</c> of a fast-path result: the completed node tree, written straight to the response's writer by
/// <see cref="FastDataJsonConverter"/> with the serializer's own options, as GraphQL.NET's
/// <c>ExecutionResultJsonConverter</c> writes its execution nodes.
/// </summary>
[JsonConverter(typeof(FastDataJsonConverter))]
internal sealed class FastData(FastObjectNode root)
{
    public FastObjectNode Root { get; } = root;
}

/// <summary>Writes <see cref="FastData"/>; values of the common scalar types without a trip through <c>JsonSerializer</c>.</summary>
internal sealed class FastDataJsonConverter : JsonConverter<FastData>
{
    private static PlainCache? _plainScalars;

    public override FastData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, never read.");

    public override void Write(Utf8JsonWriter writer, FastData value, JsonSerializerOptions options) =>
        WriteNode(writer, value.Root, options, PlainScalars(options));

    private static void WriteNode(Utf8JsonWriter writer, FastNode node, JsonSerializerOptions options, bool plain)
    {
        switch (node)
        {
            case FastValueNode:
                WriteValue(writer, node.Result, options, plain);
                break;
            case FastObjectNode { Children: null }:
                writer.WriteNullValue();
                break;
            case FastObjectNode { Children: { } children } objectNode:
                writer.WriteStartObject();
                var fields = objectNode.Selection.Fields;
                for (var i = 0; i < children.Length; i++)
                {
                    writer.WritePropertyName(fields[i].JsonName(options, writer.Options.Encoder));
                    if (children[i] is { } child)
                    {
                        WriteNode(writer, child, options, plain);
                    }
                    else
                    {
                        fields[i].Leaf!.Write(writer, objectNode.Result!, options, plain);
                    }
                }

                writer.WriteEndObject();
                break;
            case FastListNode { Items: null } list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case FastListNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteNode(writer, item, options, plain);
                }

                writer.WriteEndArray();
                break;
        }
    }

    /// <summary>What <c>JsonSerializer.Serialize&lt;object&gt;</c> writes for the value, for the types it writes plainly.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options, bool plain)
    {
        if (!plain)
        {
            JsonSerializer.Serialize(writer, value, options);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }

    /// <summary>
    /// Whether the options write strings, booleans, integers and dates as System.Text.Json does by default (no converter
    /// of their own for those types, numbers read strictly): only then are they written directly.
    /// </summary>
    private static bool PlainScalars(JsonSerializerOptions options)
    {
        var cached = _plainScalars;
        if (cached is not null && ReferenceEquals(cached.Options, options))
        {
            return cached.Plain;
        }

        Type[] types = [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(DateTimeOffset)];
        var plain = options.NumberHandling == JsonNumberHandling.Strict
            && !options.Converters.Any(c => types.Any(c.CanConvert));
        _plainScalars = new PlainCache(options, plain);
        return plain;
    }

    private sealed record PlainCache(JsonSerializerOptions Options, bool Plain);
}
