namespace Voisinage.GraphQLTransport;

/// <summary>Documents registered at build time, bound to the <c>TrustedDocuments</c> subsection of the transport's section.</summary>
public sealed class TrustedDocumentsOptions
{
    /// <summary>Subsection name under the section given to <see cref="GraphQLRequestServices.AddGraphQLTransport"/>.</summary>
    public const string Section = "TrustedDocuments";

    /// <summary>Where these settings were read from (for messages that name the setting to fix); set when bound.</summary>
    public string ConfigurationPath { get; set; } = Section;

    /// <summary>Execute only the documents of <see cref="Manifests"/> (production): anything else gets DOCUMENT_NOT_TRUSTED.</summary>
    public bool Only { get; set; }

    /// <summary>
    /// Manifest files, graphql-codegen client-preset's <c>persisted-documents.json</c> (<c>{ "&lt;sha256 hex&gt;": "&lt;document&gt;" }</c>),
    /// read at start; relative paths are from the content root. Their documents may always be sent by hash alone.
    /// </summary>
    public string[] Manifests { get; set; } = [];
}
