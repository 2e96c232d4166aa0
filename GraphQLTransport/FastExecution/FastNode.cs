using System.Collections;
using GraphQL.Types;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// One position of the response (a field, or an item of a list), as GraphQL.NET's <c>ExecutionNode</c> but without
/// its per-node dictionaries: the collected fields come from the plan.
/// </summary>
internal abstract class FastNode(FastNode? parent, PlannedField? field, IGraphType declaredType, int index)
{
    public FastNode? Parent { get; } = parent;

    /// <summary>The field (for a list item: the list's field); null for the root.</summary>
    public PlannedField? Field { get; } = field;

    /// <summary>The type at this position, NonNull wrapper included.</summary>
    public IGraphType DeclaredType { get; } = declaredType;

    /// <summary>The index in the parent list, or -1 for a field.</summary>
    public int Index { get; } = index;

    public object? Result { get; set; }

    /// <summary>Response path (aliases and indices), as GraphQL.NET's <c>ResponsePath</c>.</summary>
    public object[] ResponsePath(bool preferAlias = true)
    {
        var count = 0;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            count++;
        }

        var path = new object[count];
        var at = count;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--at] = node.Index >= 0 ? node.Index : preferAlias ? node.Field!.ResponseName : node.Field!.Definition.Name;
        }

        return path;
    }

    /// <summary>Whether the value here is null once nulls have propagated (GraphQL.NET's <c>PropagateNull</c>).</summary>
    public abstract bool PropagateNull();

    /// <summary>The node for a value of <paramref name="declaredType"/> at this position.</summary>
    public static FastNode Create(FastNode parent, PlannedField field, IGraphType declaredType, int index)
    {
        var type = declaredType is NonNullGraphType nonNull ? nonNull.ResolvedType! : declaredType;
        return type switch
        {
            ListGraphType => new FastListNode(parent, field, declaredType, index),
            IObjectGraphType => new FastObjectNode(parent, field, declaredType, index, field.Selection!),
            ScalarGraphType => new FastValueNode(parent, field, declaredType, index),
            _ => throw new InvalidOperationException($"Unexpected type: {type}"),
        };
    }
}

/// <summary>An object: its fields once its value is known.</summary>
internal sealed class FastObjectNode(FastNode? parent, PlannedField? field, IGraphType declaredType, int index, PlannedSelection selection)
    : FastNode(parent, field, declaredType, index)
{
    public PlannedSelection Selection { get; } = selection;

    /// <summary>
    /// A node per field of the selection, in its order; null for a field its <see cref="PlannedField.Leaf"/> writes
    /// straight from this object's value (accepted when the object completed, so never null where it may not be).
    /// </summary>
    public FastNode?[]? Children { get; set; }

    public override bool PropagateNull()
    {
        if (Children is null)
        {
            return true;
        }

        foreach (var child in Children)
        {
            if (child is not null && child.PropagateNull() && child.Field!.Definition.ResolvedType is NonNullGraphType)
            {
                Children = null;
                return true;
            }
        }

        return false;
    }
}

/// <summary>A list: its items, or the scalar list serialized at once.</summary>
internal sealed class FastListNode(FastNode? parent, PlannedField field, IGraphType declaredType, int index)
    : FastNode(parent, field, declaredType, index)
{
    public FastNode[]? Items { get; set; }

    public IEnumerable? SerializedResult { get; set; }

    public ListGraphType ListType => (ListGraphType)(DeclaredType is NonNullGraphType nonNull ? nonNull.ResolvedType! : DeclaredType);

    public override bool PropagateNull()
    {
        if (Items is null)
        {
            return SerializedResult is null;
        }

        var itemsNullable = ListType.ResolvedType is not NonNullGraphType;
        var sawNull = false;
        foreach (var item in Items)
        {
            if (item.PropagateNull() && !sawNull)
            {
                if (!itemsNullable)
                {
                    Items = null;
                    return true;
                }

                sawNull = true;
            }
        }

        return false;
    }
}

/// <summary>A scalar or enum value, serialized by its graph type.</summary>
internal sealed class FastValueNode(FastNode? parent, PlannedField field, IGraphType declaredType, int index)
    : FastNode(parent, field, declaredType, index)
{
    public override bool PropagateNull() => Result is null;
}
