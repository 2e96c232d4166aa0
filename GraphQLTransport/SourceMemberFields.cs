using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Resolvers;
using Voisinage.GraphQLTransport.FastExecution;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// Fields whose value is a member of their source object and nothing else (<c>x =&gt; x.Title</c>). GraphQL.NET runs
/// them with its own <see cref="FuncFieldResolver{TSourceType, TReturnType}"/>; the fast execution path, which can see
/// that the resolver is only this read, reads the member itself: no resolver context, no boxing, the value written
/// straight to the response. Only for pure reads (properties of immutable records): the fast path may read twice.
/// </summary>
public static class SourceMemberFields
{
    /// <summary>The field's metadata key holding its <see cref="SourceMember"/>.</summary>
    internal const string MetadataKey = "Voisinage.GraphQLTransport.SourceMember";

    /// <summary>Resolves the field to <paramref name="member"/> of its source: one property or field of the parameter.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveMember<TSource, TReturn, TMember>(
        this FieldBuilder<TSource, TReturn> field, Expression<Func<TSource, TMember>> member)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(member);
        if (member.Body is not MemberExpression { Expression: ParameterExpression source } || source != member.Parameters[0])
        {
            throw new ArgumentException($"{member} does not read one property or field of its parameter.", nameof(member));
        }

        var read = member.Compile();
        var resolver = new FuncFieldResolver<TSource, TMember>(context => read(context.Source));
        field.Resolve(resolver);
        field.FieldType.Metadata[MetadataKey] = new SourceMember<TSource, TMember>(read, resolver);
        return field;
    }
}
