using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Voisinage.Hosting;

/// <summary>
/// How grain state is stored: the Orleans binary format (state records are <c>[GenerateSerializer]</c> with <c>[Id]</c>,
/// so it is version tolerant), behind a two-byte marker. It is about half the size of Orleans' default JSON and much
/// cheaper to write and read, which matters on the onboarding and alert paths. Rows written as JSON by earlier versions
/// (JSON never starts with a zero byte) are still read by the default serializer, and stored in binary at their next write.
/// </summary>
public sealed class GrainStateSerializer(Serializer binary, IGrainStorageSerializer legacyJson) : IGrainStorageSerializer
{
    /// <summary>Zero (never the first byte of JSON text), then the format's version.</summary>
    private static ReadOnlySpan<byte> Marker => [0x00, 0x01];

    public BinaryData Serialize<T>(T? input)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(Marker);
        binary.Serialize(input, buffer);
        return new BinaryData(buffer.WrittenMemory);
    }

    public T? Deserialize<T>(BinaryData input)
    {
        var bytes = input.ToMemory();
        return bytes.Span.StartsWith(Marker)
            ? binary.Deserialize<T>(bytes[Marker.Length..])
            : legacyJson.Deserialize<T>(input);
    }
}
