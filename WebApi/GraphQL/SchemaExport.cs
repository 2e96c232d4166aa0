using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Voisinage.WebApi.GraphQL;

/// <summary>
/// The schema as SDL, for clients' code generators: <c>dotnet run --project WebApi -- export-schema</c> writes the
/// committed <c>schema.graphql</c> at the repository root (a test fails when it is stale); <c>export-schema PATH</c> writes
/// elsewhere, <c>export-schema -</c> to standard output.
/// </summary>
public static class SchemaExport
{
    public const string Command = "export-schema";

    /// <summary>The command line that refreshes the committed file, for messages.</summary>
    public const string Usage = "dotnet run --project WebApi -- " + Command;

    /// <summary>The committed file, at the repository root (the web app's code generator reads <c>../schema.graphql</c>).</summary>
    public const string FileName = "schema.graphql";

    private const string RootMarker = "Voisinage.Orleans.sln";

    /// <summary>The SDL of <paramref name="schema"/>, types in alphabetical order, with descriptions, ending in one newline.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// Handles <c>export-schema [path|-]</c> without starting the product: the schema is
    /// built from the same graph types in a container of its own. Returns the exit code, or null when the command is not this one.
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != Command)
        {
            return null;
        }

        // dotnet run may start us in the project's folder: with no path, the file is found from the repository root.
        var target = args.Length switch
        {
            1 => FindRepositoryRoot() is { } root ? Path.Combine(root, FileName) : null,
            2 => args[1],
            _ => null,
        };
        if (target is null)
        {
            await Console.Error.WriteLineAsync($"usage: {Usage} [PATH|-]   (no PATH: {FileName} at the repository root, which was not found)");
            return 2;
        }

        var sdl = Print(Build());
        if (target == "-")
        {
            await Console.Out.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(target, sdl);
            await Console.Out.WriteLineAsync($"schema written to {Path.GetFullPath(target)}");
        }

        return 0;
    }

    /// <summary>The nearest folder holding the solution, above the current folder or, failing that, above the program.</summary>
    internal static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, RootMarker)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The schema alone: its graph types, no silo, no transport.</summary>
    internal static VoisinageSchema Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQL(b => b
            .AddSchema<VoisinageSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(VoisinageSchema).Assembly));
        return services.BuildServiceProvider().GetRequiredService<VoisinageSchema>();
    }
}
