using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport;

/// <summary>What the request limits need to know of one field of the schema.</summary>
/// <param name="ReturnType">Name of the field's named (unwrapped) type.</param>
/// <param name="ChecksCredentials">Whether resolving it checks a password (an Argon2id hash): see <see cref="SchemaFacts"/>.</param>
/// <param name="ArgumentDefaults">Default values of its arguments that have one.</param>
internal sealed record FieldFacts(string ReturnType, bool ChecksCredentials, IReadOnlyDictionary<string, object?> ArgumentDefaults);

/// <summary>
/// The schema as the request limits see it, read once: each field's return type, argument defaults, and whether it
/// checks credentials (an argument named <c>password</c>, or an input object argument with a <c>password</c> field), so
/// that a new password-taking field is counted without anyone listing it.
/// </summary>
internal sealed class SchemaFacts
{
    private const string PasswordName = "password";
    private readonly Dictionary<string, Dictionary<string, FieldFacts>> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, string> _roots = [];

    public SchemaFacts(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        schema.Initialize();
        _roots[OperationType.Query] = schema.Query.Name;
        if (schema.Mutation is { } mutation)
        {
            _roots[OperationType.Mutation] = mutation.Name;
        }

        if (schema.Subscription is { } subscription)
        {
            _roots[OperationType.Subscription] = subscription.Name;
        }

        foreach (var type in schema.AllTypes)
        {
            if (type is not IComplexGraphType complex || type is IInputObjectGraphType)
            {
                continue;
            }

            var fields = new Dictionary<string, FieldFacts>(StringComparer.Ordinal);
            foreach (var field in complex.Fields)
            {
                var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
                var checksCredentials = false;
                foreach (var argument in field.Arguments ?? [])
                {
                    if (argument.DefaultValue is not null)
                    {
                        defaults[argument.Name] = argument.DefaultValue;
                    }

                    checksCredentials |= string.Equals(argument.Name, PasswordName, StringComparison.OrdinalIgnoreCase)
                        || (argument.ResolvedType?.GetNamedType() is IInputObjectGraphType input
                            && input.Fields.Any(f => string.Equals(f.Name, PasswordName, StringComparison.OrdinalIgnoreCase)));
                }

                fields[field.Name] = new FieldFacts(field.ResolvedType?.GetNamedType().Name ?? string.Empty, checksCredentials, defaults);
            }

            _types[type.Name] = fields;
        }
    }

    /// <summary>The schema read.</summary>
    public ISchema Schema { get; }

    /// <summary>Name of the root type of an operation, or null when the schema has none.</summary>
    public string? RootType(OperationType operation) => _roots.GetValueOrDefault(operation);

    /// <summary>The facts of a field, or null for a field the schema does not have (validation reports it) or __typename.</summary>
    public FieldFacts? Field(string? parentType, string fieldName) =>
        parentType is not null && _types.TryGetValue(parentType, out var fields) ? fields.GetValueOrDefault(fieldName) : null;

    /// <summary>Names of the fields that check credentials, as "Type.field" (for docs and tests).</summary>
    public IEnumerable<string> CredentialFields =>
        _types.SelectMany(t => t.Value.Where(f => f.Value.ChecksCredentials).Select(f => $"{t.Key}.{f.Key}"));
}
