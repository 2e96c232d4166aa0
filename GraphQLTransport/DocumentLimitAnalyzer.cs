using System.Globalization;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// Checks a document against <see cref="GraphQLLimitsOptions"/> before GraphQL.NET validates it. One walk of the tree:
/// each fragment's figures are computed once and reused at every spread (so a fragment spread a million times over
/// costs one lookup per spread, and the walk stays linear in the document), with cycles detected on the way.
/// Figures saturate instead of overflowing, so an exponential expansion is seen as "more than the limit".
/// </summary>
internal sealed class DocumentLimitAnalyzer
{
    private const long Saturated = long.MaxValue / 4;

    private readonly GraphQLDocument _document;
    private readonly GraphQLLimitsOptions _limits;
    private readonly SchemaFacts _schema;
    private readonly Inputs? _variables;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Figures?> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLValue> _variableDefaults = new(StringComparer.Ordinal);
    private bool _cycle;

    private DocumentLimitAnalyzer(GraphQLDocument document, GraphQLLimitsOptions limits, SchemaFacts schema, Inputs? variables)
    {
        _document = document;
        _limits = limits;
        _schema = schema;
        _variables = variables;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
            else if (definition is GraphQLOperationDefinition { Variables: { } variablesDefinition })
            {
                foreach (var variable in variablesDefinition.Items)
                {
                    if (variable.DefaultValue is { } value)
                    {
                        _variableDefaults.TryAdd(variable.Variable.Name.StringValue, value);
                    }
                }
            }
        }
    }

    /// <summary>Whether some list size or radius comes from a variable (then the cost is computed again per request).</summary>
    private bool UsesVariableSizes { get; set; }

    /// <summary>
    /// Counts the lexical tokens of <paramref name="query"/>, stopping at <paramref name="max"/> + 1, without building any
    /// tree; a character the lexer refuses is left for the parser to report.
    /// </summary>
    public static int CountTokens(string query, int max)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= max)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            // Not a token: the parser gives the syntax error with its location.
        }

        return count;
    }

    /// <summary>
    /// Checks every limit that does not depend on the request's variables. Returns the refusal, or null and the shape to
    /// cache with the document.
    /// </summary>
    public static ExecutionError? CheckDocument(GraphQLDocument document, GraphQLLimitsOptions limits, SchemaFacts schema, out DocumentShape shape)
    {
        var analyzer = new DocumentLimitAnalyzer(document, limits, schema, variables: null);
        var error = analyzer.Check(out var cost);
        shape = new DocumentShape(cost, analyzer.UsesVariableSizes);
        return error;
    }

    /// <summary>The cost of the document with this request's variables (for documents whose list sizes are variables).</summary>
    public static long Cost(GraphQLDocument document, GraphQLLimitsOptions limits, SchemaFacts schema, Inputs? variables)
    {
        var analyzer = new DocumentLimitAnalyzer(document, limits, schema, variables ?? Inputs.Empty);
        long cost = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                cost = Math.Max(cost, analyzer.SelectionSet(operation.SelectionSet, schema.RootType(operation.Operation)).Cost);
            }
        }

        return cost;
    }

    /// <summary>The error for a cost above the limit, or null.</summary>
    public static ExecutionError? CheckCost(long cost, GraphQLLimitsOptions limits) => cost > limits.MaxCost
        ? Refuse(GraphQLErrorCodes.QueryTooComplex, $"The query costs {Show(cost)}, more than the limit of {limits.MaxCost} (one per field, children multiplied by list sizes).")
        : null;

    private static ExecutionError Refuse(string code, string message) => new(message) { Code = code };

    private static string Show(long value) => value >= Saturated ? "too many" : value.ToString(CultureInfo.InvariantCulture);

    private static long Add(long a, long b) => a >= Saturated - b ? Saturated : a + b;

    private static long Multiply(long a, long b) => a != 0 && b >= Saturated / a ? Saturated : a * b;

    private ExecutionError? Check(out long cost)
    {
        cost = 0;
        var variables = 0;
        foreach (var definition in _document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { Variables: { } defined })
            {
                variables += defined.Items.Count;
            }
        }

        if (variables > _limits.MaxVariables)
        {
            return Refuse(GraphQLErrorCodes.TooManyVariables, $"The document defines {variables} variables; the limit is {_limits.MaxVariables}.");
        }

        foreach (var definition in _document.Definitions)
        {
            Figures figures;
            GraphQLSelectionSet root;
            string what;
            var isOperation = false;
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    figures = SelectionSet(operation.SelectionSet, _schema.RootType(operation.Operation));
                    figures.Directives = Add(figures.Directives, operation.Directives?.Items.Count ?? 0);
                    what = operation.Name is { } name ? $"Operation '{name.StringValue}'" : "The operation";
                    root = operation.SelectionSet;
                    isOperation = true;
                    break;
                case GraphQLFragmentDefinition fragment:
                    figures = Fragment(fragment.FragmentName.Name.StringValue) ?? default;
                    what = $"Fragment '{fragment.FragmentName.Name.StringValue}'";
                    root = fragment.SelectionSet;
                    break;
                default:
                    continue;
            }

            if (_cycle)
            {
                return Refuse(GraphQLErrorCodes.BadUserInput, "Fragments spread each other in a cycle.");
            }

            var error = Limit(figures.Depth, _limits.MaxDepth, GraphQLErrorCodes.QueryTooDeep, what, "nests fields {0} deep")
                ?? Limit(figures.Aliases, _limits.MaxAliases, GraphQLErrorCodes.TooManyAliases, what, "uses {0} aliases")
                ?? Limit(figures.Directives, _limits.MaxDirectives, GraphQLErrorCodes.TooManyDirectives, what, "uses {0} directives")
                ?? Limit(figures.Fields, _limits.MaxFields, GraphQLErrorCodes.QueryTooComplex, what, "selects {0} fields once fragments are expanded");
            if (error is null && isOperation)
            {
                error = Limit(figures.TopFields, _limits.MaxRootFields, GraphQLErrorCodes.TooManyRootFields, what, "selects {0} root fields")
                    ?? Limit(figures.Credentials, _limits.MaxCredentialChecks, GraphQLErrorCodes.TooManyCredentialChecks, what, "checks a password {0} times")
                    ?? CheckCost(figures.Cost, _limits);
                cost = Math.Max(cost, figures.Cost);
            }

            error ??= CheckResponseNames([root]);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static ExecutionError? Limit(long value, long limit, string code, string what, string format) => value > limit
        ? Refuse(code, $"{what} {string.Format(CultureInfo.InvariantCulture, format, Show(value))}; the limit is {limit}.")
        : null;

    /// <summary>
    /// Bounds the fields sharing a response name in each merged selection set, level by level (the pairs
    /// OverlappingFieldsCanBeMerged compares). Runs after the field count passed, so the expansion it walks is bounded,
    /// and visits each expanded field once.
    /// </summary>
    private ExecutionError? CheckResponseNames(List<GraphQLSelectionSet> sets)
    {
        var groups = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
        var expanding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Collect(set);
        }

        foreach (var (responseName, fields) in groups)
        {
            if (fields.Count > _limits.MaxFieldsPerResponseName)
            {
                return Refuse(GraphQLErrorCodes.QueryTooComplex,
                    $"'{responseName}' is selected {fields.Count} times in one selection set; the limit is {_limits.MaxFieldsPerResponseName}.");
            }

            var children = fields.Where(f => f.SelectionSet is not null).Select(f => f.SelectionSet!).ToList();
            if (children.Count > 0 && CheckResponseNames(children) is { } error)
            {
                return error;
            }
        }

        return null;

        void Collect(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var responseName = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!groups.TryGetValue(responseName, out var list))
                        {
                            groups[responseName] = list = [];
                        }

                        list.Add(field);
                        break;
                    case GraphQLInlineFragment inline:
                        Collect(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (_fragments.TryGetValue(name, out var fragment) && expanding.Add(name))
                        {
                            Collect(fragment.SelectionSet);
                            expanding.Remove(name);
                        }

                        break;
                }
            }
        }
    }

    private Figures? Fragment(string name)
    {
        if (_memo.TryGetValue(name, out var known))
        {
            if (known is null)
            {
                _cycle = true;
            }

            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return null; // Validation reports the unknown fragment.
        }

        _memo[name] = null;
        var figures = SelectionSet(fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue);
        _memo[name] = figures;
        return figures;
    }

    private Figures SelectionSet(GraphQLSelectionSet set, string? parentType)
    {
        var figures = default(Figures);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var facts = _schema.Field(parentType, field.Name.StringValue);
                    var (multiplier, ownCost) = Multiplier(field, facts);
                    var child = field.SelectionSet is { } selectionSet ? SelectionSet(selectionSet, facts?.ReturnType) : default;
                    figures.Fields = Add(figures.Fields, Add(1, child.Fields));
                    figures.TopFields = Add(figures.TopFields, 1);
                    figures.Aliases = Add(figures.Aliases, Add(field.Alias is null ? 0 : 1, child.Aliases));
                    figures.Directives = Add(figures.Directives, Add(field.Directives?.Items.Count ?? 0, child.Directives));
                    figures.Credentials = Add(figures.Credentials, Add(facts?.ChecksCredentials == true ? 1 : 0, child.Credentials));
                    figures.Cost = Add(figures.Cost, Add(ownCost, Multiply(multiplier, child.Cost)));
                    figures.Depth = Math.Max(figures.Depth, 1 + child.Depth);
                    break;
                case GraphQLInlineFragment inline:
                    var inner = SelectionSet(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? parentType);
                    inner.Directives = Add(inner.Directives, inline.Directives?.Items.Count ?? 0);
                    figures.Merge(inner);
                    break;
                case GraphQLFragmentSpread spread:
                    var spreadFigures = Fragment(spread.FragmentName.Name.StringValue) ?? default;
                    spreadFigures.Directives = Add(spreadFigures.Directives, spread.Directives?.Items.Count ?? 0);
                    figures.Merge(spreadFigures);
                    break;
            }
        }

        return figures;
    }

    /// <summary>How many times a field's children are resolved, and what the field itself costs.</summary>
    private (long Multiplier, long OwnCost) Multiplier(GraphQLField field, FieldFacts? facts)
    {
        long multiplier = 1;
        foreach (var name in _limits.ListSizeArguments)
        {
            if (ArgumentNumber(field, facts, name) is { } size)
            {
                multiplier = Math.Max(multiplier, ToCount(size));
            }
        }

        long ownCost = 1;
        foreach (var name in _limits.RadiusArguments)
        {
            if (ArgumentNumber(field, facts, name) is { } radius && _limits.RadiusMetersPerItem > 0)
            {
                var items = ToCount(Math.Ceiling(radius / _limits.RadiusMetersPerItem));
                multiplier = Math.Max(multiplier, items);
                ownCost = Math.Max(ownCost, items);
            }
        }

        return (multiplier, ownCost);
    }

    private static long ToCount(double value) => double.IsNaN(value) || value < 1 ? 1 : value >= Saturated ? Saturated : (long)value;

    private double? ArgumentNumber(GraphQLField field, FieldFacts? facts, string name)
    {
        GraphQLValue? value = null;
        if (field.Arguments is { } arguments)
        {
            foreach (var argument in arguments.Items)
            {
                if (argument.Name.StringValue == name)
                {
                    value = argument.Value;
                    break;
                }
            }
        }

        if (value is null)
        {
            return facts?.ArgumentDefaults.TryGetValue(name, out var fallback) == true ? Number(fallback) : null;
        }

        if (value is GraphQLVariable variable)
        {
            UsesVariableSizes = true;
            var variableName = variable.Name.StringValue;
            if (_variables is not null && _variables.TryGetValue(variableName, out var given))
            {
                return Number(given);
            }

            if (_variableDefaults.TryGetValue(variableName, out var defaultValue))
            {
                value = defaultValue;
            }
            else
            {
                return facts?.ArgumentDefaults.TryGetValue(name, out var fallback) == true ? Number(fallback) : null;
            }
        }

        return value switch
        {
            GraphQLIntValue i => double.TryParse(i.Value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
            GraphQLFloatValue f => double.TryParse(f.Value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ => null,
        };
    }

    private static double? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        float f => f,
        System.Numerics.BigInteger b => (double)b,
        _ => null,
    };

    /// <summary>What a selection set adds up to, fragments expanded.</summary>
    private struct Figures
    {
        public long Fields;
        public long TopFields;
        public long Aliases;
        public long Directives;
        public long Credentials;
        public long Cost;
        public int Depth;

        public void Merge(in Figures other)
        {
            Fields = Add(Fields, other.Fields);
            TopFields = Add(TopFields, other.TopFields);
            Aliases = Add(Aliases, other.Aliases);
            Directives = Add(Directives, other.Directives);
            Credentials = Add(Credentials, other.Credentials);
            Cost = Add(Cost, other.Cost);
            Depth = Math.Max(Depth, other.Depth);
        }
    }
}

/// <summary>What the limits found of a document that passed them, kept with it in the document cache.</summary>
/// <param name="Cost">Highest cost of its operations, with the variables' defaults.</param>
/// <param name="CostDependsOnVariables">Whether a list size or radius is a variable (the cost is then computed per request).</param>
internal sealed record DocumentShape(long Cost, bool CostDependsOnVariables);
