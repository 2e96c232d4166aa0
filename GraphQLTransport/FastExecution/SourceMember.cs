using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// A field whose resolver is provably one read of a member of its source: a field marked with
/// <see cref="SourceMemberFields.ResolveMember"/> (its resolver still the one the mark made: no middleware around it),
/// or a field without a resolver of its own, which GraphQL.NET's <see cref="NameFieldResolver"/> resolves to the
/// public property of that name on the source's runtime type. The fast path reads the member without a resolver
/// context; a source it cannot read (another type, a member that throws) goes to the resolver, which answers as usual.
/// </summary>
internal abstract class SourceMember
{
    /// <summary>The resolver the mark installed (null for a name-matched property).</summary>
    public abstract IFieldResolver? Resolver { get; }

    /// <summary>The member read of a field, or null when its resolver does anything else.</summary>
    public static SourceMember? Of(FieldType definition)
    {
        if (definition.GetMetadata<SourceMember?>(SourceMemberFields.MetadataKey) is { } marked)
        {
            return ReferenceEquals(definition.Resolver, marked.Resolver) ? marked : null;
        }

        return definition.Resolver is null || ReferenceEquals(definition.Resolver, NameFieldResolver.Instance) ? new NamedMember(definition.Name) : null;
    }

    /// <summary>The member's value (boxed), or false when this source must go through the resolver.</summary>
    public abstract bool TryRead(object? source, out object? value);

    /// <summary>The writer of this member as a leaf of <paramref name="scalar"/>, or null when the pair is not one it writes itself.</summary>
    public abstract SourceLeaf? Leaf(ScalarGraphType scalar, bool nonNull);
}

/// <summary>A typed member read.</summary>
internal sealed class SourceMember<TSource, TMember>(Func<TSource, TMember> read, IFieldResolver? resolver) : SourceMember
{
    public override IFieldResolver? Resolver => resolver;

    public override bool TryRead(object? source, out object? value)
    {
        if (source is TSource typed)
        {
            try
            {
                value = read(typed);
                return true;
            }
            catch (Exception)
            {
                // The resolver runs instead and reports the failure as GraphQL.NET does.
            }
        }

        value = null;
        return false;
    }

    public override SourceLeaf? Leaf(ScalarGraphType scalar, bool nonNull) =>
        ScalarFormat.For<TMember>(scalar) is { } format ? new SourceLeaf<TSource, TMember>(read, format, nonNull) : null;
}

/// <summary>
/// A field GraphQL.NET resolves by name: the public instance property of the field's name (case ignored, as
/// <see cref="NameFieldResolver"/> looks it up) on each runtime type of source, compiled once per type. Types where
/// the lookup finds no such property, several, an indexer, or a task to await keep the resolver.
/// </summary>
internal sealed class NamedMember(string name) : SourceMember
{
    private readonly ConcurrentDictionary<Type, SourceMember?> _byType = new();
    private TypeEntry<SourceMember>? _last;

    public override IFieldResolver? Resolver => null;

    public override bool TryRead(object? source, out object? value)
    {
        if (source is not null && For(source.GetType()) is { } member)
        {
            return member.TryRead(source, out value);
        }

        value = null;
        return false;
    }

    public override SourceLeaf? Leaf(ScalarGraphType scalar, bool nonNull) => new NamedLeaf(this, scalar, nonNull);

    /// <summary>The typed read on a runtime type, or null when that type goes through the resolver.</summary>
    public SourceMember? For(Type type)
    {
        // Sources of one field are nearly always of one type: one comparison instead of a dictionary look-up.
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Type == type)
        {
            return last.Value;
        }

        var member = _byType.GetOrAdd(type, Build);
        Volatile.Write(ref _last, new TypeEntry<SourceMember>(type, member));
        return member;
    }

    private SourceMember? Build(Type type)
    {
        PropertyInfo? property;
        try
        {
            property = type.GetProperty(name, BindingFlags.IgnoreCase | BindingFlags.Instance | BindingFlags.Public | BindingFlags.FlattenHierarchy);
        }
        catch (AmbiguousMatchException)
        {
            return null;
        }

        if (property?.GetGetMethod() is null || property.GetIndexParameters().Length > 0 || IsAwaited(property.PropertyType))
        {
            return null;
        }

        var source = Expression.Parameter(type, "source");
        var read = Expression.Lambda(typeof(Func<,>).MakeGenericType(type, property.PropertyType), Expression.Property(source, property), source).Compile();
        return (SourceMember)Activator.CreateInstance(typeof(SourceMember<,>).MakeGenericType(type, property.PropertyType), read, null)!;
    }

    /// <summary>Types GraphQL.NET's member resolver awaits rather than returns (<c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>).</summary>
    private static bool IsAwaited(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>));
}

/// <summary>The last runtime type seen and what was built for it (immutable: swapped whole between threads).</summary>
internal sealed record TypeEntry<T>(Type Type, T? Value)
    where T : class;
