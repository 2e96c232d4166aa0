namespace Voisinage.WebApi.Web;

/// <summary>GraphiQL for developers (section <c>Voisinage:GraphiQL</c>).</summary>
public sealed class GraphiQLOptions
{
    public const string Section = "Voisinage:GraphiQL";

    /// <summary>On, off, or unset: on in Development only.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Folder of the bundled page (<c>tools/graphiql</c>'s build). Empty: <c>graphiql</c> beside the program.</summary>
    public string Root { get; set; } = string.Empty;

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();

    public string ResolveRoot() =>
        string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "graphiql") : Path.GetFullPath(Root);
}
