using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// What the fast path knows of one (validated document, operation) once for all its requests: whether it may run the
/// operation at all, the nodes whose arguments and directives are coerced per request, and the collected fields of
/// every selection for each outcome of the document's <c>@skip</c>/<c>@include</c> directives (a variant).
/// Built from the same rules as GraphQL.NET's <c>ExecutionStrategy.CollectFieldsFrom</c>; anything it does not cover
/// makes the plan ineligible and the request goes to GraphQL.NET.
/// </summary>
internal sealed class ExecutionPlan
{
    /// <summary>At most this many directive outcomes are kept per plan; a request with another one falls back.</summary>
    private const int MaxVariants = 16;

    private readonly ConcurrentDictionary<ulong, PlannedSelection> _variants = new();

    private ExecutionPlan(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, string? ineligible)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Ineligible = ineligible;
    }

    public ISchema Schema { get; }

    public GraphQLDocument Document { get; }

    public GraphQLOperationDefinition Operation { get; }

    /// <summary>Why the fast path does not run this operation (null when it does): kept for tests and diagnostics.</summary>
    public string? Ineligible { get; }

    /// <summary>Fields written with arguments in the document, with their definition (coerced per request, in this order).</summary>
    public List<(GraphQLField Field, FieldType Definition)> ArgumentFields { get; } = [];

    /// <summary>Nodes carrying directives (coerced per request); the index is the node's bit in a variant's mask.</summary>
    public List<ASTNode> DirectiveNodes { get; } = [];

    /// <summary>The variables' types, in the order of their definitions (scalars and enums only).</summary>
    public List<(GraphQLVariableDefinition Definition, IGraphType Type)> VariableTypes { get; } = [];

    private readonly Dictionary<GraphQLField, int> _argumentSlots = [];
    private readonly Dictionary<ASTNode, int> _directiveSlots = [];

    /// <summary>The plan of an operation of a validated document, eligible or not.</summary>
    public static ExecutionPlan Build(ISchema schema, GraphQLDocument document, string? operationName)
    {
        var operation = FindOperation(document, operationName);
        if (operation is null)
        {
            return new ExecutionPlan(schema, document, null!, "no single operation matches the operation name");
        }

        if (operation.Operation != OperationType.Query || schema.Query is null)
        {
            return new ExecutionPlan(schema, document, operation, "only queries run on the fast path (mutations are serial, subscriptions stream)");
        }

        var plan = new ExecutionPlan(schema, document, operation, null);
        var why = plan.Analyse();
        return why is null ? plan : new ExecutionPlan(schema, document, operation, why);
    }

    /// <summary>The slot of a field's coerced arguments, or -1 when the document gives it none.</summary>
    public int ArgumentSlot(GraphQLField field) => _argumentSlots.TryGetValue(field, out var slot) ? slot : -1;

    /// <summary>The root selection for a directive outcome, or null when too many outcomes are already kept.</summary>
    public PlannedSelection? Variant(ulong includedMask)
    {
        if (_variants.TryGetValue(includedMask, out var variant))
        {
            return variant;
        }

        if (_variants.Count >= MaxVariants)
        {
            return null;
        }

        variant = new VariantBuilder(this, includedMask).Root();
        return _variants.GetOrAdd(includedMask, variant);
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? match = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operationName))
            {
                if (match is not null)
                {
                    return null;
                }

                match = operation;
            }
            else if (operation.Name is not null && operation.Name.StringValue == operationName)
            {
                return operation;
            }
        }

        return match;
    }

    private static GraphQLFragmentDefinition? FindFragment(GraphQLDocument document, string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name.StringValue == name)
            {
                return fragment;
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments of a field the document gives none, as GraphQL.NET's <c>FieldType.DefaultArgumentValues</c>: the
    /// definition's defaults, one dictionary per field definition shared by every request (as GraphQL.NET shares it).
    /// </summary>
    private IDictionary<string, ArgumentValue>? DefaultArguments(FieldType definition) =>
        definition.Arguments?.Count > 0
            ? _defaultArguments.GetOrAdd(definition, d => d.Arguments!.ToDictionary(a => a.Name, a => new ArgumentValue(a.DefaultValue, ArgumentSource.FieldDefault)))
            : null;

    private readonly ConcurrentDictionary<FieldType, IDictionary<string, ArgumentValue>> _defaultArguments = new();

    /// <summary>Walks the operation and the fragments it reaches: null when every part is covered, else why not.</summary>
    private string? Analyse()
    {
        foreach (var variable in Operation.Variables?.Items ?? [])
        {
            var type = variable.Type.GraphTypeFromType(Schema);
            var named = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
            if (named is not ScalarGraphType)
            {
                return $"variable ${variable.Variable.Name.StringValue} is not of a scalar or enum type";
            }

            VariableTypes.Add((variable, type!));
        }

        if (Operation.Directives?.Count > 0)
        {
            return "directives on the operation";
        }

        var why = AnalyseSelections(Schema.Query!, Operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal));
        return why ?? (DirectiveNodes.Count > 64 ? "more than 64 nodes with directives" : null);
    }

    private string? AnalyseSelections(IObjectGraphType type, GraphQLSelectionSet selectionSet, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is IHasDirectivesNode { Directives.Count: > 0 } withDirectives)
            {
                AddDirectiveNode((ASTNode)withDirectives);
            }

            switch (selection)
            {
                case GraphQLField field:
                    if (AnalyseField(type, field) is { } why)
                    {
                        return why;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = FindFragment(Document, spread.FragmentName.Name.StringValue);
                    if (fragment is null)
                    {
                        return $"unknown fragment {name}";
                    }

                    if (fragment.Directives?.Count > 0)
                    {
                        return "directives on a fragment definition";
                    }

                    if (Schema.AllTypes[fragment.TypeCondition.Type.Name] is not IObjectGraphType condition || !ReferenceEquals(condition, type))
                    {
                        return $"fragment {name} has a type condition other than its object type";
                    }

                    if (visitedFragments.Add(name) && AnalyseSelections(type, fragment.SelectionSet, visitedFragments) is { } inFragment)
                    {
                        return inFragment;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is not null
                        && (Schema.AllTypes[inline.TypeCondition.Type.Name] is not IObjectGraphType inlineType || !ReferenceEquals(inlineType, type)))
                    {
                        return "an inline fragment has a type condition other than its object type";
                    }

                    if (AnalyseSelections(type, inline.SelectionSet, visitedFragments) is { } inInline)
                    {
                        return inInline;
                    }

                    break;
                default:
                    return "unknown selection";
            }
        }

        return null;
    }

    private string? AnalyseField(IObjectGraphType parent, GraphQLField field)
    {
        if (field.Name == Schema.SchemaMetaFieldType.Name || field.Name == Schema.TypeMetaFieldType.Name)
        {
            return "introspection";
        }

        var definition = field.Name == Schema.TypeNameMetaFieldType.Name ? Schema.TypeNameMetaFieldType : parent.GetField(field.Name);
        if (definition?.ResolvedType is null)
        {
            return $"unknown field {field.Name.StringValue}";
        }

        if (field.Arguments?.Count > 0 && !_argumentSlots.ContainsKey(field))
        {
            _argumentSlots[field] = ArgumentFields.Count;
            ArgumentFields.Add((field, definition));
        }

        var named = definition.ResolvedType.GetNamedType();
        switch (named)
        {
            case ScalarGraphType:
                return null;
            case IObjectGraphType objectType when field.SelectionSet is not null:
                return AnalyseSelections(objectType, field.SelectionSet, new HashSet<string>(StringComparer.Ordinal));
            default:
                return $"field {field.Name.StringValue} returns {named.Name}, an interface or union";
        }
    }

    private void AddDirectiveNode(ASTNode node)
    {
        if (!_directiveSlots.ContainsKey(node))
        {
            _directiveSlots[node] = DirectiveNodes.Count;
            DirectiveNodes.Add(node);
        }
    }

    /// <summary>The mask bit of a node carrying directives, or -1.</summary>
    internal int DirectiveSlot(ASTNode node) => _directiveSlots.TryGetValue(node, out var slot) ? slot : -1;

    /// <summary>Collects the fields of every selection for one outcome of the directives, as GraphQL.NET does per object.</summary>
    private sealed class VariantBuilder(ExecutionPlan plan, ulong includedMask)
    {
        public PlannedSelection Root() => Collect(plan.Schema.Query!, [plan.Operation.SelectionSet.Selections]);

        private static IGraphType? Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;

        private bool Included(ASTNode node)
        {
            var slot = plan.DirectiveSlot(node);
            return slot < 0 || (includedMask & (1UL << slot)) != 0;
        }

        private PlannedSelection Collect(IObjectGraphType type, List<List<ASTNode>> selectionLists)
        {
            var fields = new List<(string Key, GraphQLField Field, FieldType Definition, List<List<ASTNode>> Selections)>();
            var merged = new HashSet<string>(StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selections in selectionLists)
            {
                CollectInto(type, selections, fields, visited, merged);
            }

            var planned = new PlannedField[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                var (key, field, definition, subSelections) = fields[i];
                var named = definition.ResolvedType!.GetNamedType();
                var selection = named is IObjectGraphType objectType ? Collect(objectType, subSelections) : null;
                var member = SourceMember.Of(definition);
                var declared = definition.ResolvedType!;
                var leaf = member is not null && Unwrap(declared) is ScalarGraphType scalar ? member.Leaf(scalar, declared is NonNullGraphType) : null;
                planned[i] = new PlannedField(key, field, merged.Contains(key), definition, definition.Resolver ?? NameFieldResolver.Instance,
                    plan.ArgumentSlot(field), plan.DirectiveSlot(field), plan.DefaultArguments(definition), selection, member, leaf);
            }

            return new PlannedSelection(type, planned);
        }

        private void CollectInto(
            IObjectGraphType type,
            List<ASTNode> selections,
            List<(string Key, GraphQLField Field, FieldType Definition, List<List<ASTNode>> Selections)> fields,
            HashSet<string> visited,
            HashSet<string> merged)
        {
            foreach (var selection in selections)
            {
                if (!Included(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        var definition = field.Name == plan.Schema.TypeNameMetaFieldType.Name ? plan.Schema.TypeNameMetaFieldType : type.GetField(field.Name)!;
                        var key = field.Alias is not null ? field.Alias.Name.StringValue : definition.Name;
                        var index = fields.FindIndex(f => f.Key == key);
                        if (index < 0)
                        {
                            fields.Add((key, field, definition, field.SelectionSet is null ? [] : [field.SelectionSet.Selections]));
                        }
                        else
                        {
                            // The first occurrence keeps its arguments; the selections merge (GraphQL.NET's Add, whose new
                            // field node has no location: errors under a merged key carry none).
                            merged.Add(key);
                            if (field.SelectionSet is not null && !fields[index].Selections.Contains(field.SelectionSet.Selections))
                            {
                                fields[index].Selections.Add(field.SelectionSet.Selections);
                            }
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        if (visited.Add(spread.FragmentName.Name.StringValue))
                        {
                            CollectInto(type, FindFragment(plan.Document, spread.FragmentName.Name.StringValue)!.SelectionSet.Selections, fields, visited, merged);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        CollectInto(type, inline.SelectionSet.Selections, fields, visited, merged);
                        break;
                }
            }
        }
    }
}
