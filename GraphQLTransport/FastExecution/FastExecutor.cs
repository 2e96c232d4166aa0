using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport.FastExecution;

/// <summary>
/// Executes a planned query as GraphQL.NET's <c>DocumentExecuter</c> with <c>ParallelExecutionStrategy</c> would for a
/// document that already passed validation, without what costs most per request there: the walks of the whole document
/// that coerce variables and arguments, the per-object field collection, and a result tree written through
/// <c>JsonSerializer</c> value by value. The same order of work (breadth first, asynchronous fields of a level in
/// parallel), the same resolvers, the same errors (paths, locations, the unhandled exception delegate) and the same
/// null propagation; see <c>FastExecutionDifferentialTests</c>.
/// </summary>
internal sealed class FastExecutor
{
    private readonly FastRequest _request;
    private FastResolveFieldContext? _reusableContext;

    private FastExecutor(FastRequest request) => _request = request;

    /// <summary>
    /// Runs the operation, or returns null before any resolver ran when this request needs GraphQL.NET (a variable or
    /// argument that does not coerce, an unseen directive outcome...): GraphQL.NET then answers with its own errors.
    /// </summary>
    public static async Task<ExecutionResult?> TryExecuteAsync(ExecutionPlan plan, ExecutionOptions options)
    {
        var variables = CoerceVariables(plan, options.Variables ?? Inputs.Empty);
        if (variables is null)
        {
            return null;
        }

        var directives = new IDictionary<string, DirectiveInfo>?[plan.DirectiveNodes.Count];
        var included = ulong.MaxValue;
        for (var i = 0; i < directives.Length; i++)
        {
            try
            {
                directives[i] = ExecutionHelper.GetDirectives((IHasDirectivesNode)plan.DirectiveNodes[i], variables, plan.Schema, plan.Document);
            }
            catch (Exception)
            {
                return null;
            }

            if (!ShouldInclude(plan.Schema, directives[i]))
            {
                included &= ~(1UL << i);
            }
        }

        var arguments = new IDictionary<string, ArgumentValue>?[plan.ArgumentFields.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (field, definition) = plan.ArgumentFields[i];
            try
            {
                arguments[i] = ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, plan.Document, field, null);
            }
            catch (Exception)
            {
                return null;
            }
        }

        if (plan.Variant(included) is not { } root)
        {
            return null;
        }

        using var request = new FastRequest(plan, options, variables, arguments, directives);
        return await new FastExecutor(request).ExecuteAsync(root);
    }

    /// <summary>@skip / @include as GraphQL.NET's <c>ShouldIncludeNode</c> reads them.</summary>
    private static bool ShouldInclude(ISchema schema, IDictionary<string, DirectiveInfo>? directives)
    {
        if (directives is null)
        {
            return true;
        }

        if (directives.TryGetValue(schema.Directives.Skip.Name, out var skip) && (bool)skip.Arguments["if"].Value!)
        {
            return false;
        }

        return !directives.TryGetValue(schema.Directives.Include.Name, out var include) || (bool)include.Arguments["if"].Value!;
    }

    /// <summary>
    /// The variables as GraphQL.NET's <c>ValidationContext.GetVariablesValuesAsync</c> coerces scalars and enums, or null
    /// for anything it would refuse or that the plan does not cover (an explicit null, whose refusal depends on usages).
    /// </summary>
    private static Variables? CoerceVariables(ExecutionPlan plan, Inputs inputs)
    {
        if (plan.VariableTypes.Count == 0)
        {
            return Variables.None;
        }

        var variables = new Variables();
        foreach (var (definition, type) in plan.VariableTypes)
        {
            var name = definition.Variable.Name.StringValue;
            var variable = new Variable(name, definition);
            if (inputs.TryGetValue(name, out var value))
            {
                if (value is null)
                {
                    return null;
                }

                var scalar = (ScalarGraphType)(type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type);
                try
                {
                    variable.Value = scalar.ParseValue(value);
                }
                catch (Exception)
                {
                    return null;
                }
            }
            else if (definition.DefaultValue is not null)
            {
                try
                {
                    variable.Value = ExecutionHelper.CoerceValue(type, definition.DefaultValue).Value;
                }
                catch (Exception)
                {
                    return null;
                }

                variable.IsDefault = true;
            }
            else if (type is NonNullGraphType)
            {
                return null;
            }

            variables.Add(variable);
        }

        return variables;
    }

    private async Task<ExecutionResult> ExecuteAsync(PlannedSelection selection)
    {
        var options = _request.Options;
        var plan = _request.Plan;
        var root = new FastObjectNode(null, null, plan.Schema.Query!, -1, selection);
        SetChildren(root);
        ExecutionResult result;
        try
        {
            await ExecuteTreeAsync(root);
            result = new ExecutionResult
            {
                Executed = true,
                Data = root.PropagateNull() ? null : new FastData(root),
                Document = plan.Document,
                Operation = plan.Operation,
            };
        }
        catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            result = new ExecutionResult { Executed = true };
            result.AddError(error);
        }
        catch (Exception ex)
        {
            if (options.ThrowOnUnhandledException)
            {
                throw;
            }

            var context = new UnhandledExceptionContext(_request.ExecutionContext, null, ex);
            await options.UnhandledExceptionDelegate(context);
            result = new ExecutionResult { Executed = true };
            result.AddError(context.Exception as ExecutionError ?? new UnhandledError(context.ErrorMessage ?? "Error executing document.", context.Exception));
        }

        if (_request.HasExecutionContext && _request.ExecutionContext.OutputExtensions.Count > 0)
        {
            result.Extensions = _request.ExecutionContext.OutputExtensions;
        }

        result.AddErrors(_request.Errors);
        return result;
    }

    /// <summary>Breadth first, as <c>ParallelExecutionStrategy.ExecuteNodeTreeAsync</c>: a level's asynchronous fields run together.</summary>
    private async Task ExecuteTreeAsync(FastNode root)
    {
        var pending = new Queue<FastNode>();
        pending.Enqueue(root);
        List<Task>? currentTasks = null;
        List<FastNode>? currentNodes = null;
        try
        {
            while (pending.Count > 0 || currentTasks?.Count > 0)
            {
                while (pending.Count > 0)
                {
                    _request.CancellationToken.ThrowIfCancellationRequested();
                    var node = pending.Dequeue();
                    var task = ExecuteNodeAsync(node);
                    if (task.IsCompleted)
                    {
                        await task;
                        EnqueueChildren(node, pending);
                    }
                    else
                    {
                        (currentTasks ??= []).Add(task.AsTask());
                        (currentNodes ??= []).Add(node);
                    }
                }

                if (currentTasks?.Count > 0)
                {
                    await Task.WhenAll(currentTasks);
                    foreach (var node in currentNodes!)
                    {
                        EnqueueChildren(node, pending);
                    }

                    currentTasks.Clear();
                    currentNodes.Clear();
                }
            }
        }
        catch (Exception) when (currentTasks?.Count > 0)
        {
            // Let what is still running end before the request's state goes away (GraphQL.NET awaits them too).
            try
            {
                await Task.WhenAll(currentTasks);
            }
            catch (Exception)
            {
                // The first failure is the one reported.
            }

            throw;
        }
    }

    private static void EnqueueChildren(FastNode node, Queue<FastNode> pending)
    {
        switch (node)
        {
            case FastObjectNode { Children: { } children }:
                foreach (var child in children)
                {
                    if (child is not null)
                    {
                        pending.Enqueue(child);
                    }
                }

                break;
            case FastListNode { Items: { } items }:
                foreach (var item in items)
                {
                    pending.Enqueue(item);
                }

                break;
        }
    }

    private async ValueTask ExecuteNodeAsync(FastNode node)
    {
        _request.CancellationToken.ThrowIfCancellationRequested();

        // The root and list items were completed by their parent.
        if (node.Parent is null || node.Parent is FastListNode)
        {
            return;
        }

        try
        {
            // A field that only reads a member of its source needs no resolver context.
            FastResolveFieldContext? context = null;
            if (node.Field!.Member is not { } member || !member.TryRead(node.Parent.Result, out var result))
            {
                context = (Interlocked.Exchange(ref _reusableContext, null) ?? new FastResolveFieldContext()).Reset(node, _request);
                result = await node.Field.Resolver.ResolveAsync(context);
            }

            while (result is IDataLoaderResult loading)
            {
                result = await loading.GetResultAsync(_request.CancellationToken);
            }

            node.Result = result;
            await CompleteNodeAsync(node);

            // As GraphQL.NET: a context may serve the next field unless a lazy enumerable could still read it.
            if (context is not null && (result is not IEnumerable || result is string))
            {
                Interlocked.CompareExchange(ref _reusableContext, context, null);
            }
        }
        catch (OperationCanceledException) when (_request.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            SetNodeError(node, error);
        }
        catch (Exception ex)
        {
            if (await ProcessUnhandledExceptionAsync(node, ex))
            {
                throw;
            }
        }
    }

    private async ValueTask CompleteNodeAsync(FastNode node)
    {
        try
        {
            if (node is FastValueNode)
            {
                node.Result = ((ScalarGraphType)Unwrap(node.DeclaredType)).Serialize(node.Result);
            }

            ValidateNodeResult(node);
            if (node.Result is not null)
            {
                if (node is FastObjectNode objectNode)
                {
                    SetChildren(objectNode);
                }
                else if (node is FastListNode listNode)
                {
                    await SetItemsAsync(listNode);
                }
            }
        }
        catch (OperationCanceledException) when (_request.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            SetNodeError(node, error);
        }
        catch (Exception ex)
        {
            if (await ProcessUnhandledExceptionAsync(node, ex))
            {
                throw;
            }
        }
    }

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    private static void SetChildren(FastObjectNode node)
    {
        var fields = node.Selection.Fields;
        var children = new FastNode?[fields.Length];
        var source = node.Result;
        for (var i = 0; i < fields.Length; i++)
        {
            // A leaf read from the object is checked now and written from it later; any other field gets its node.
            if (source is null || fields[i].Leaf is not { } leaf || !leaf.Accepts(source))
            {
                children[i] = FastNode.Create(node, fields[i], fields[i].Definition.ResolvedType!, -1);
            }
        }

        node.Children = children;
    }

    private async ValueTask SetItemsAsync(FastListNode node)
    {
        var itemType = node.ListType.ResolvedType!;
        var allowNulls = itemType is not NonNullGraphType;
        if (node.Result is not IEnumerable data)
        {
            throw new InvalidOperationException($"Expected an IEnumerable list though did not find one. Found: {FriendlyName(node.Result?.GetType())}");
        }

        if (Unwrap(itemType) is ScalarGraphType scalar && scalar.CanSerializeList(data, allowNulls))
        {
            node.SerializedResult = scalar.SerializeList(data);
            return;
        }

        var items = data is ICollection collection ? new List<FastNode>(collection.Count) : [];
        foreach (var value in data)
        {
            var item = FastNode.Create(node, node.Field!, itemType, items.Count);
            item.Result = value;
            if (value is not IDataLoaderResult)
            {
                await CompleteNodeAsync(item);
            }

            items.Add(item);
        }

        node.Items = [.. items];
    }

    /// <summary>GraphQL.NET's <c>GetFriendlyName</c>: generic arguments spelled out.</summary>
    private static string? FriendlyName(Type? type) =>
        type is null ? null
        : !type.IsGenericType ? type.Name
        : $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(FriendlyName))}>";

    /// <summary>As GraphQL.NET's <c>ValidateNodeResult</c>, for object, list and scalar positions (no abstract types on this path).</summary>
    private static void ValidateNodeResult(FastNode node)
    {
        var result = node.Result;
        var type = node.DeclaredType;
        if (type is NonNullGraphType nonNull)
        {
            if (result is null)
            {
                throw new InvalidOperationException("Cannot return null for a non-null type." + $" Field: {node.Field!.ResponseName}, Type: {nonNull}.");
            }

            type = nonNull.ResolvedType;
        }

        if (result is not null && type is IObjectGraphType { IsTypeOf: { } isTypeOf, SkipTypeCheck: false } objectType && !isTypeOf(result))
        {
            throw new InvalidOperationException($"'{result}' value of type '{result.GetType()}' is not allowed for '{objectType.Name}'. Either change IsTypeOf method of '{objectType.Name}' to accept this value or return another value from your resolver.");
        }
    }

    private void SetNodeError(FastNode node, ExecutionError error)
    {
        if (!node.Field!.Merged)
        {
            error.AddLocation(node.Field.Field, _request.Plan.Document);
        }

        error.Path = node.ResponsePath();
        lock (_request.Errors)
        {
            _request.Errors.Add(error);
        }

        node.Result = null;
    }

    private async Task<bool> ProcessUnhandledExceptionAsync(FastNode node, Exception ex)
    {
        var options = _request.Options;
        if (options.ThrowOnUnhandledException)
        {
            return true;
        }

        var context = new UnhandledExceptionContext(_request.ExecutionContext, new FastResolveFieldContext().Reset(node, _request), ex);
        await options.UnhandledExceptionDelegate(context);
        var error = context.Exception as ExecutionError ?? new UnhandledError(context.ErrorMessage ?? $"Error trying to resolve field '{node.Field!.ResponseName}'.", context.Exception);
        SetNodeError(node, error);
        return false;
    }
}
