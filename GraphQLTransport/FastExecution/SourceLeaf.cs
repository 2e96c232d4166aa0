using System.Text.Json;
using GraphQL.Types;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// A scalar or enum field read from its source and written straight to the response, with no node, resolver context
/// or boxing: what the field's resolver, the scalar's <c>Serialize</c> and <see cref="FastDataJsonConverter"/> would
/// write, byte for byte. A value it cannot write so (null in a non-null field, an enum value the type does not know)
/// is not accepted, and the field runs through its resolver, which reports the error.
/// </summary>
internal abstract class SourceLeaf
{
    /// <summary>Whether this leaf writes the field at this source (read when the parent object completes).</summary>
    public abstract bool Accepts(object source);

    /// <summary>Writes the field's value at a source it accepted.</summary>
    public abstract void Write(Utf8JsonWriter writer, object source, JsonSerializerOptions options, bool plain);
}

/// <summary>A typed leaf: a member read and its scalar's format.</summary>
internal sealed class SourceLeaf<TSource, TMember>(Func<TSource, TMember> read, ScalarFormat<TMember> format, bool nonNull) : SourceLeaf
{
    public override bool Accepts(object source)
    {
        if (source is not TSource typed)
        {
            return false;
        }

        try
        {
            return format.Accepts(read(typed), nonNull);
        }
        catch (Exception)
        {
            // The resolver runs instead and reports the failure as GraphQL.NET does.
            return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, object source, JsonSerializerOptions options, bool plain) =>
        format.Write(writer, read((TSource)source), options, plain);
}

/// <summary>A leaf of a field resolved by name: the typed leaf of each runtime type of source.</summary>
internal sealed class NamedLeaf(NamedMember member, ScalarGraphType scalar, bool nonNull) : SourceLeaf
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, SourceLeaf?> _byType = new();
    private TypeEntry<SourceLeaf>? _last;

    public override bool Accepts(object source) => For(source.GetType()) is { } leaf && leaf.Accepts(source);

    public override void Write(Utf8JsonWriter writer, object source, JsonSerializerOptions options, bool plain) =>
        For(source.GetType())!.Write(writer, source, options, plain);

    private SourceLeaf? For(Type type)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Type == type)
        {
            return last.Value;
        }

        var leaf = _byType.GetOrAdd(type, t => member.For(t)?.Leaf(scalar, nonNull));
        Volatile.Write(ref _last, new TypeEntry<SourceLeaf>(type, leaf));
        return leaf;
    }
}
