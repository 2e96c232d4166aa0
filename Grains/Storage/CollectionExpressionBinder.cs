using Newtonsoft.Json.Serialization;

namespace Voisinage.Grains.Storage;

/// <summary>
/// Names the compiler's collection-expression types as <see cref="List{T}"/> in stored grain state, and reads them back
/// as such. A state property typed <see cref="IReadOnlyList{T}"/> assigned <c>[.. items]</c> holds a type the C#
/// compiler synthesises in the assembly that made it (<c>&lt;&gt;z__ReadOnlyList`1</c>, <c>&lt;&gt;z__ReadOnlyArray`1</c>
/// …); Orleans' JSON storage format writes its name as <c>$type</c>, and Orleans' type allow-list refuses that name on
/// read: the grain could not activate again after its first deactivation (seen with the postcard outbox). States saved
/// before this binder are read too (their synthesised names are mapped to lists).
/// </summary>
internal sealed class CollectionExpressionBinder(ISerializationBinder inner) : ISerializationBinder
{
    private const string Synthesised = "<>z__ReadOnly";

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (serializedType.IsGenericType && serializedType.Name.StartsWith(Synthesised, StringComparison.Ordinal)
            && serializedType.GetGenericArguments() is [var element])
        {
            serializedType = typeof(List<>).MakeGenericType(element);
        }

        inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    public Type BindToType(string? assemblyName, string typeName)
    {
        // "<>z__ReadOnlyList`1[[Element, Assembly]]" in the assembly that built it: the same list of the same elements.
        if (typeName.StartsWith(Synthesised, StringComparison.Ordinal) && typeName.IndexOf("`1[[", StringComparison.Ordinal) is var at and > 0)
        {
            return inner.BindToType(typeof(List<>).Assembly.GetName().Name, "System.Collections.Generic.List" + typeName[at..]);
        }

        return inner.BindToType(assemblyName, typeName);
    }
}
