using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// The documents registered at build time (graphql-codegen client-preset's <c>persisted-documents.json</c>), read once at
/// start. A manifest whose key is not the SHA-256 of its document stops the start: a client would send that hash.
/// </summary>
internal sealed class TrustedDocuments
{
    private readonly FrozenDictionary<string, string> _documents;

    public TrustedDocuments(IOptions<TrustedDocumentsOptions> options, IHostEnvironment environment)
    {
        Only = options.Value.Only;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in options.Value.Manifests ?? [])
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                continue;
            }

            var full = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
            if (!File.Exists(full))
            {
                throw new InvalidOperationException(
                    $"{options.Value.ConfigurationPath}:Manifests: '{full}' does not exist (build the web app, or fix the path).");
            }

            using var stream = File.OpenRead(full);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidOperationException($"{full}: a persisted-documents manifest is a JSON object {{ \"<sha256>\": \"<document>\" }}.");
            }

            foreach (var entry in json.RootElement.EnumerateObject())
            {
                var text = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : throw new InvalidOperationException($"{full}: the value of '{entry.Name}' is not a string.");
                var hash = DocumentHash.Of(text, out _);
                if (!string.Equals(hash, entry.Name, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"{full}: '{entry.Name}' is not the SHA-256 of its document ({hash}).");
                }

                documents[hash] = text;
            }
        }

        if (Only && documents.Count == 0)
        {
            throw new InvalidOperationException(
                $"{options.Value.ConfigurationPath}:Only is set but no document was registered: set {options.Value.ConfigurationPath}:Manifests.");
        }

        _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether only registered documents may run.</summary>
    public bool Only { get; }

    /// <summary>Registered documents.</summary>
    public int Count => _documents.Count;

    /// <summary>The registered document of this (lower-case hex) SHA-256.</summary>
    public bool TryGet(string hash, out string? document) => _documents.TryGetValue(hash, out document);

    public bool Contains(string hash) => _documents.ContainsKey(hash);
}

/// <summary>Reads the manifests when the host starts, so a missing or wrong one stops the start with its reason.</summary>
internal sealed class TrustedDocumentsLoader(TrustedDocuments documents, ILogger<TrustedDocumentsLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (documents.Count > 0 || documents.Only)
        {
            logger.LogInformation("GraphQL: {Count} trusted documents registered; only them: {Only}", documents.Count, documents.Only);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
