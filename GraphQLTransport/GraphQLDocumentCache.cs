using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// Least-recently-used cache of <see cref="CachedDocument"/>s keyed by the SHA-256 of their text, bounded in count and
/// in bytes. It is also the store of automatic persisted queries. One lock: each operation is a dictionary and a list
/// update, far cheaper than the parsing it saves.
/// </summary>
internal sealed class GraphQLDocumentCache
{
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _order = new();
    private readonly Lock _lock = new();
    private readonly int _size;
    private readonly long _maxBytes;
    private long _bytes;
    private long _parses;
    private long _hits;

    private readonly GraphQLTransportTelemetry _telemetry;

    public GraphQLDocumentCache(IOptions<GraphQLDocumentCacheOptions> options, GraphQLTransportTelemetry telemetry)
    {
        _telemetry = telemetry;
        _size = Math.Max(0, options.Value.Size);
        _maxBytes = Math.Max(0, options.Value.MaxTotalBytes);
    }

    /// <summary>Documents parsed since start (every cache miss that got as far as parsing).</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>Requests served from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Documents held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Counts one parse (called by whoever parses on a miss).</summary>
    public void CountParse() => Interlocked.Increment(ref _parses);

    public bool TryGet(string hash, out CachedDocument? document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                document = node.Value;
            }
            else
            {
                document = null;
            }
        }

        _telemetry.DocumentLookedUp(hit: document is not null);
        if (document is not null)
        {
            Interlocked.Increment(ref _hits);
        }

        return document is not null;
    }

    public void Add(CachedDocument document)
    {
        if (_size == 0 || document.Bytes > _maxBytes)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(document.Hash))
            {
                return;
            }

            _entries[document.Hash] = _order.AddFirst(document);
            _bytes += document.Bytes;
            while (_entries.Count > _size || _bytes > _maxBytes)
            {
                var oldest = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
                _bytes -= oldest.Value.Bytes;
            }
        }
    }
}
