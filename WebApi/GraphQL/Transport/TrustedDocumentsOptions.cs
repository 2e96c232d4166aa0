namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>Documents registered at build time, bound to <c>Voisinage:GraphQL:TrustedDocuments</c>.</summary>
public sealed class TrustedDocumentsOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Voisinage:GraphQL:TrustedDocuments";

    /// <summary>Execute only the documents of <see cref="Manifests"/> (production): anything else gets DOCUMENT_NOT_TRUSTED.</summary>
    public bool Only { get; set; }

    /// <summary>
    /// Manifest files, graphql-codegen client-preset's <c>persisted-documents.json</c> (<c>{ "&lt;sha256 hex&gt;": "&lt;document&gt;" }</c>),
    /// read at start; relative paths are from the content root. Their documents may always be sent by hash alone.
    /// </summary>
    public string[] Manifests { get; set; } = [];
}
