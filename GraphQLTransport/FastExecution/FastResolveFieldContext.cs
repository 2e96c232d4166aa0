using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// What a resolver sees on the fast path: the same values as GraphQL.NET's <c>ReadonlyResolveFieldContext</c>, read
/// from the node and the request; paths, sub-fields and the execution context are only built when asked for.
/// Reused for the next field when the resolver completed synchronously (as GraphQL.NET does).
/// </summary>
internal sealed class FastResolveFieldContext : IResolveFieldContext<object?>
{
    private FastNode _node = null!;
    private FastRequest _request = null!;
    private IResolveFieldContext? _parent;
    private Dictionary<string, (GraphQLField Field, FieldType FieldType)>? _subFields;

    public FastResolveFieldContext Reset(FastNode node, FastRequest request)
    {
        _node = node;
        _request = request;
        _parent = null;
        _subFields = null;
        return this;
    }

    public object? Source => _node.Parent!.Result;

    public GraphQLField FieldAst => _node.Field!.Field;

    public FieldType FieldDefinition => _node.Field!.Definition;

    public IObjectGraphType ParentType => ((FastObjectNode)_node.Parent!).Selection.Type;

    public IResolveFieldContext? Parent
    {
        get
        {
            if (_parent is null)
            {
                var parent = _node.Parent;
                while (parent is FastListNode)
                {
                    parent = parent.Parent;
                }

                if (parent?.Parent is not null)
                {
                    _parent = new FastResolveFieldContext().Reset(parent, _request);
                }
            }

            return _parent;
        }
    }

    public IDictionary<string, ArgumentValue>? Arguments => _request.ArgumentsOf(_node.Field!);

    public IDictionary<string, DirectiveInfo>? Directives => _request.DirectivesOf(_node.Field!);

    public object? RootValue => null;

    public ISchema Schema => _request.Plan.Schema;

    public GraphQLDocument Document => _request.Plan.Document;

    public GraphQLOperationDefinition Operation => _request.Plan.Operation;

    public Variables Variables => _request.Variables;

    public CancellationToken CancellationToken => _request.CancellationToken;

    public Metrics Metrics => Metrics.None;

    public ExecutionErrors Errors => _request.Errors;

    public IEnumerable<object> Path => _node.ResponsePath(preferAlias: false);

    public IEnumerable<object> ResponsePath => _node.ResponsePath();

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields
    {
        get
        {
            if (_subFields is null && _node.Field!.Selection is { } selection)
            {
                _subFields = new(selection.Fields.Length);
                foreach (var planned in selection.Fields)
                {
                    _subFields[planned.ResponseName] = (planned.Field, planned.Definition);
                }
            }

            return _subFields;
        }
    }

    public IReadOnlyDictionary<string, object?> InputExtensions => _request.ExecutionContext.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => _request.ExecutionContext.OutputExtensions;

    public IServiceProvider? RequestServices => _request.Options.RequestServices;

    public IExecutionArrayPool ArrayPool => _request.ExecutionContext;

    public ClaimsPrincipal? User => _request.Options.User;

    public IExecutionContext ExecutionContext => _request.ExecutionContext;

    public IDictionary<string, object?> UserContext => _request.Options.UserContext;

    object? IResolveFieldContext.Source => Source;
}
