using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md).
/// Messages are received by one loop; everything sent goes through a channel drained by one writer.
/// </summary>
internal sealed class GraphQLWebSocketConnection<TSchema> : IDisposable
    where TSchema : ISchema
{
    private const int ReceiveChunkSize = 16 * 1024;
    private const int OutgoingCapacity = 4096;
    private static readonly TimeSpan CloseGracePeriod = TimeSpan.FromSeconds(3);

    private readonly HttpContext _httpContext;
    private readonly WebSocket _socket;
    private readonly GraphQLTransportOptions _options;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger _logger;
    private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(OutgoingCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _connectionCts;
    private readonly CancellationTokenSource _receiveCts;
    private readonly object _closeLock = new();
    private ClaimsPrincipal _user;
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;
    private CancellationTokenRegistration _onShutdown;
    private IDisposable? _accountSlot;

    public GraphQLWebSocketConnection(HttpContext httpContext, WebSocket socket, GraphQLTransportOptions options)
    {
        _httpContext = httpContext;
        _socket = socket;
        _options = options;
        _serializer = httpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        _scopeFactory = httpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();
        _logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Voisinage.GraphQLTransport.WebSocket");
        _connectionCts = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _receiveCts = CancellationTokenSource.CreateLinkedTokenSource(_connectionCts.Token);

        // Anonymous unless the upgrade request itself was authenticated; connection_init may replace it.
        _user = httpContext.User;
    }

    /// <summary>
    /// On graceful shutdown, "going away" lets the client reconnect elsewhere (with <c>since</c>) at once, rather than
    /// holding the host until its shutdown timeout.
    /// </summary>
    private void CloseOnShutdown()
    {
        if (_httpContext.RequestServices.GetService<IHostApplicationLifetime>() is { } lifetime)
        {
            _onShutdown = lifetime.ApplicationStopping.Register(() => Close(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        }
    }

    public async Task RunAsync()
    {
        var writer = Task.Run(WriteLoopAsync);
        CloseOnShutdown();
        var timers = Task.WhenAll(InitTimeoutAsync(), KeepAliveAsync());
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Client went away or the close handshake timed out.
        }
        finally
        {
            foreach (var operation in _operations.Values)
            {
                operation.Cancel();
            }

            _operations.Clear();

            // Let the writer flush what is queued (a close frame above all) before cutting the connection.
            _outgoing.Writer.TryComplete();
            await Task.WhenAny(writer, Task.Delay(CloseGracePeriod));
            await _connectionCts.CancelAsync();
            await SwallowAsync(writer);
            await SwallowAsync(timers);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived or WebSocketState.CloseSent)
            {
                _socket.Abort();
            }
        }
    }

    public void Dispose()
    {
        _onShutdown.Dispose();
        _accountSlot?.Dispose();
        _receiveCts.Dispose();
        _connectionCts.Dispose();
    }

    private static async Task SwallowAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or ChannelClosedException)
        {
            // Shutting down.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ReceiveChunkSize);
        var message = new ArrayBufferWriter<byte>(ReceiveChunkSize);
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                message.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(chunk.AsMemory(), _receiveCts.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // Answer the client's close (unless we started the handshake) and stop.
                        Close(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription ?? string.Empty);
                        return;
                    }

                    if (message.WrittenCount + result.Count > _options.MaxWebSocketMessageSize)
                    {
                        Close(WebSocketCloseStatus.MessageTooBig, "Message too big");
                        await DrainUntilClosedAsync(chunk);
                        return;
                    }

                    message.Write(chunk.AsSpan(0, result.Count));
                }
                while (!result.EndOfMessage);

                var accepted = result.MessageType == WebSocketMessageType.Text
                    ? !_closing && await HandleMessageAsync(message.WrittenMemory)
                    : Close(CloseCodes.BadRequest, "Invalid message received");
                if (!accepted)
                {
                    // Stop reading; the client answers our close frame, or the grace period ends the connection.
                    await DrainUntilClosedAsync(chunk);
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private async Task DrainUntilClosedAsync(byte[] chunk)
    {
        while (_socket.State == WebSocketState.Open || _socket.State == WebSocketState.CloseSent)
        {
            var result = await _socket.ReceiveAsync(chunk.AsMemory(), _receiveCts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    /// <summary>Handles one text message; false when the connection is being closed.</summary>
    private async Task<bool> HandleMessageAsync(ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return Close(CloseCodes.BadRequest, "Invalid message received");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryGetString(root, "type", out var type))
            {
                return Close(CloseCodes.BadRequest, "Invalid message received");
            }

            switch (type)
            {
                case MessageTypes.ConnectionInit:
                    return await HandleConnectionInitAsync(root);
                case MessageTypes.Ping:
                    Send(Compose(MessageTypes.Pong, id: null, rawPayload: null));
                    return true;
                case MessageTypes.Pong:
                    return true;
                case MessageTypes.Subscribe:
                    return HandleSubscribe(root);
                case MessageTypes.Complete:
                    return HandleComplete(root);
                default:
                    return Close(CloseCodes.BadRequest, "Invalid message received");
            }
        }
    }

    private IGraphQLSocketPolicy? Policy => _httpContext.RequestServices.GetService<IGraphQLSocketPolicy>();

    private async Task<bool> HandleConnectionInitAsync(JsonElement root)
    {
        if (_initReceived)
        {
            return Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
        }

        _initReceived = true;
        string? authorization = null;
        if (root.TryGetProperty("payload", out var payload))
        {
            if (payload.ValueKind == JsonValueKind.Object)
            {
                if (TryGetString(payload, "authorization", out var value) || TryGetString(payload, "Authorization", out value))
                {
                    authorization = value;
                }
            }
            else if (payload.ValueKind != JsonValueKind.Null)
            {
                return Close(CloseCodes.BadRequest, "Invalid message received");
            }
        }

        if (!string.IsNullOrWhiteSpace(authorization))
        {
            ClaimsPrincipal? principal;
            try
            {
                principal = await WebSocketJwtAuthenticator.AuthenticateAsync(
                    _httpContext, _options.JwtBearerScheme, authorization, _connectionCts.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "WebSocket connection_init token validation failed");
                principal = null;
            }

            if (principal is null)
            {
                return Close(CloseCodes.Forbidden, "Forbidden");
            }

            _user = principal;
        }

        if (Policy is { } policy && (_accountSlot = policy.Admit(_user)) is null)
        {
            return Close((WebSocketCloseStatus)policy.RefusedCloseCode, "Too many sockets for this account");
        }

        _acknowledged = true;
        Send(Compose(MessageTypes.ConnectionAck, id: null, rawPayload: null));
        return true;
    }

    private bool HandleSubscribe(JsonElement root)
    {
        if (!_acknowledged)
        {
            return Close(CloseCodes.Unauthorized, "Unauthorized");
        }

        if (!TryGetString(root, "id", out var id) || string.IsNullOrEmpty(id)
            || !root.TryGetProperty("payload", out var payload))
        {
            return Close(CloseCodes.BadRequest, "Invalid message received");
        }

        GraphQLRequestData request;
        try
        {
            request = GraphQLRequestReader.FromJsonObject(payload, _serializer);
        }
        catch (GraphQLRequestException)
        {
            return Close(CloseCodes.BadRequest, "Invalid message received");
        }

        var operation = new Operation(id, _connectionCts.Token);
        if (Policy?.RefuseOperation(_operations.Count) is { } refusal)
        {
            SendError(operation, GraphQLExecution.ErrorResult(refusal));
            return true;
        }

        if (!_operations.TryAdd(id, operation))
        {
            operation.Cancel();
            return Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        }

        _ = Task.Run(() => RunOperationAsync(operation, request));
        return true;
    }

    private bool HandleComplete(JsonElement root)
    {
        if (!TryGetString(root, "id", out var id) || string.IsNullOrEmpty(id))
        {
            return Close(CloseCodes.BadRequest, "Invalid message received");
        }

        if (_operations.TryRemove(id, out var operation))
        {
            // The client is no longer interested: stop without sending anything for this id.
            operation.TryFinish();
            operation.Cancel();
        }

        return true;
    }

    private async Task RunOperationAsync(Operation operation, GraphQLRequestData request)
    {
        var scope = _scopeFactory.CreateAsyncScope();
        try
        {
            var services = scope.ServiceProvider;
            var prepared = GraphQLExecution.Prepare<TSchema>(services, request);
            if (prepared.Document is not { } document)
            {
                SendError(operation, prepared.Refusal ?? GraphQLExecution.ErrorResult("The document could not be parsed."));
                return;
            }

            var operationType = GraphQLRequestContext.FindOperationType(document.Document, request.OperationName);
            var result = await GraphQLExecution.ExecuteAsync<TSchema>(
                _httpContext, services, _user, request, document, operation.Token);

            if (result.Streams is { Count: > 0 } streams)
            {
                await operation.RunStreamsAsync(streams, this);
                return;
            }

            if (!result.Executed || (operationType == OperationType.Subscription && result.Data is null && result.Errors is { Count: > 0 }))
            {
                // Request/validation errors (or a subscription that could not start): the "error" message ends the operation.
                SendError(operation, result);
                return;
            }

            SendNext(operation, result);
            SendComplete(operation);
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // Completed by the client or the connection closed.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "GraphQL WebSocket operation {OperationId} failed", operation.Id);
            SendError(operation, GraphQLExecution.ErrorResult(new UnhandledError("Unexpected error.", ex)));
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));
            operation.Cancel();
            await scope.DisposeAsync();
        }
    }

    private void SendNext(Operation operation, ExecutionResult result)
    {
        if (!operation.IsFinished)
        {
            Send(Compose(MessageTypes.Next, operation.Id, SharedSubscriptionEvents.Serialize(result, _serializer)));
        }
    }

    private void SendComplete(Operation operation)
    {
        if (operation.TryFinish())
        {
            Send(Compose(MessageTypes.Complete, operation.Id, rawPayload: null));
        }
    }

    private void SendError(Operation operation, ExecutionResult result)
    {
        if (!operation.TryFinish())
        {
            return;
        }

        // The payload of "error" is the GraphQL errors array, formatted like any response's errors.
        using var serialized = JsonDocument.Parse(_serializer.Serialize(new ExecutionResult { Errors = result.Errors }));
        var errors = serialized.RootElement.TryGetProperty("errors", out var array) ? array.GetRawText() : "[]";
        Send(Compose(MessageTypes.Error, operation.Id, errors));
    }

    private static byte[] Compose(string type, string? id, string? rawPayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (rawPayload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(rawPayload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static bool TryGetString(JsonElement element, string name, out string? value)
    {
        if (element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            try
            {
                value = property.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                // Invalid UTF-8, or an escaped lone surrogate: not a string we can use.
            }
        }

        value = null;
        return false;
    }

    private void Send(byte[] message)
    {
        if (!_outgoing.Writer.TryWrite(new Outgoing(message, null, null)) && !_closing)
        {
            // The client does not read fast enough (or the connection is gone): drop it rather than buffer without bound.
            _logger.LogWarning("GraphQL WebSocket send queue full; aborting the connection");
            _socket.Abort();
            _connectionCts.Cancel();
        }
    }

    /// <summary>Queues a close frame (once); always returns false so handlers can <c>return Close(...)</c>.</summary>
    private bool Close(WebSocketCloseStatus status, string reason)
    {
        lock (_closeLock)
        {
            if (_closing)
            {
                return false;
            }

            _closing = true;
        }

        // Past the queue limit the close is lost anyway; the grace timer then ends the connection.
        _outgoing.Writer.TryWrite(new Outgoing(null, status, reason));
        _outgoing.Writer.TryComplete();
        foreach (var operation in _operations.Values)
        {
            operation.TryFinish();
            operation.Cancel();
        }

        _receiveCts.CancelAfter(CloseGracePeriod);
        return false;
    }

    private bool Close(int code, string reason) => Close((WebSocketCloseStatus)code, reason);

    private async Task WriteLoopAsync()
    {
        await foreach (var item in _outgoing.Reader.ReadAllAsync(_connectionCts.Token))
        {
            if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                return;
            }

            if (item.CloseStatus is { } status)
            {
                using var timeout = new CancellationTokenSource(CloseGracePeriod);
                await _socket.CloseOutputAsync(status, item.CloseReason, timeout.Token);
                return;
            }

            await _socket.SendAsync(item.Payload.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, _connectionCts.Token);
        }
    }

    private async Task InitTimeoutAsync()
    {
        if (_options.ConnectionInitTimeout <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Delay(_options.ConnectionInitTimeout, _connectionCts.Token);
        if (!_acknowledged && !_initReceived)
        {
            Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_options.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(_connectionCts.Token))
        {
            if (_acknowledged && !_closing)
            {
                Send(Compose(MessageTypes.Ping, id: null, rawPayload: null));
            }
        }
    }

    private readonly record struct Outgoing(byte[]? Payload, WebSocketCloseStatus? CloseStatus, string? CloseReason);

    /// <summary>One subscribe id: its cancellation, and the guarantee that at most one terminal message is sent.</summary>
    private sealed class Operation(string id, CancellationToken connectionToken)
    {
        private readonly CancellationTokenSource _cts = CancellationTokenSource.CreateLinkedTokenSource(connectionToken);
        private int _finished;

        public string Id { get; } = id;

        public CancellationToken Token => _cts.Token;

        public bool IsFinished => Volatile.Read(ref _finished) != 0;

        public bool TryFinish() => Interlocked.Exchange(ref _finished, 1) == 0;

        public void Cancel()
        {
            try
            {
                _cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already gone.
            }
        }

        /// <summary>Forwards every event of the source streams as "next" until they complete, fail, or the operation is cancelled.</summary>
        public async Task RunStreamsAsync(IDictionary<string, IObservable<ExecutionResult>> streams, GraphQLWebSocketConnection<TSchema> connection)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var remaining = streams.Count;
            var subscriptions = new List<IDisposable>(streams.Count);
            using var registration = Token.Register(() => done.TrySetResult());
            var telemetry = connection._httpContext.RequestServices.GetService<IGraphQLOperationObserver>();
            telemetry?.SubscriptionStarted();
            try
            {
                foreach (var stream in streams.Values)
                {
                    var observer = new Observer(
                        onNext: result => connection.SendNext(this, result),
                        onError: error =>
                        {
                            var executionError = error as ExecutionError ?? new UnhandledError("Error in the subscription source stream.", error);
                            connection.SendError(this, GraphQLExecution.ErrorResult(executionError));
                            done.TrySetResult();
                        },
                        onCompleted: () =>
                        {
                            if (Interlocked.Decrement(ref remaining) == 0)
                            {
                                connection.SendComplete(this);
                                done.TrySetResult();
                            }
                        });
                    subscriptions.Add(stream.Subscribe(observer));
                }

                await done.Task;
            }
            finally
            {
                telemetry?.SubscriptionEnded();
                foreach (var subscription in subscriptions)
                {
                    subscription.Dispose();
                }
            }
        }
    }

    private sealed class Observer(Action<ExecutionResult> onNext, Action<Exception> onError, Action onCompleted) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => onNext(value);

        public void OnError(Exception error) => onError(error);

        public void OnCompleted() => onCompleted();
    }
}

/// <summary>graphql-transport-ws message types.</summary>
internal static class MessageTypes
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}

/// <summary>graphql-transport-ws close codes.</summary>
internal static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
