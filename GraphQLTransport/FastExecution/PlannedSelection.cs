using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>The collected fields of a selection on one object type, in response order.</summary>
internal sealed class PlannedSelection(IObjectGraphType type, PlannedField[] fields)
{
    public IObjectGraphType Type { get; } = type;

    public PlannedField[] Fields { get; } = fields;
}

/// <summary>One response key of a selection: the field as GraphQL.NET merges it, its resolver and its own selection.</summary>
internal sealed class PlannedField(
    string responseName, GraphQLField field, bool merged, FieldType definition, IFieldResolver resolver, int argumentSlot, int directiveSlot,
    IDictionary<string, ArgumentValue>? defaultArguments, PlannedSelection? selection, SourceMember? member, SourceLeaf? leaf)
{
    private EncodedName? _encoded;

    /// <summary>The alias, or the field's name.</summary>
    public string ResponseName { get; } = responseName;

    /// <summary>The first occurrence of the response key (arguments and location come from it).</summary>
    public GraphQLField Field { get; } = field;

    /// <summary>Whether several fields share the response key (GraphQL.NET then reports errors there without a location).</summary>
    public bool Merged { get; } = merged;

    public FieldType Definition { get; } = definition;

    public IFieldResolver Resolver { get; } = resolver;

    /// <summary>Index of the field's coerced arguments in the request, or -1 for the definition's defaults.</summary>
    public int ArgumentSlot { get; } = argumentSlot;

    /// <summary>The definition's default arguments, for a field the document gives none.</summary>
    public IDictionary<string, ArgumentValue>? DefaultArguments { get; } = defaultArguments;

    /// <summary>Index of the field's coerced directives in the request, or -1.</summary>
    public int DirectiveSlot { get; } = directiveSlot;

    /// <summary>The selection on the field's object type, null for scalars and enums.</summary>
    public PlannedSelection? Selection { get; } = selection;

    /// <summary>The member the resolver reads, when that is all it does: read without a resolver context.</summary>
    public SourceMember? Member { get; } = member;

    /// <summary>For a scalar or enum field read from its source: written straight from the source, with no node of its own.</summary>
    public SourceLeaf? Leaf { get; } = leaf;

    /// <summary>
    /// The property name as GraphQL.NET's serializer writes it (the options' naming policy applies, as in
    /// <c>ExecutionResultJsonConverter</c>), encoded once for the writer's encoder.
    /// </summary>
    public JsonEncodedText JsonName(JsonSerializerOptions options, JavaScriptEncoder? encoder)
    {
        var cached = _encoded;
        if (cached is not null && ReferenceEquals(cached.Policy, options.PropertyNamingPolicy) && ReferenceEquals(cached.Encoder, encoder))
        {
            return cached.Name;
        }

        var name = options.PropertyNamingPolicy?.ConvertName(ResponseName) ?? ResponseName;
        var encoded = JsonEncodedText.Encode(name, encoder);
        _encoded = new EncodedName(options.PropertyNamingPolicy, encoder, encoded);
        return encoded;
    }

    /// <summary>One immutable object, so that concurrent requests never read a torn cache entry.</summary>
    private sealed record EncodedName(JsonNamingPolicy? Policy, JavaScriptEncoder? Encoder, JsonEncodedText Name);
}
