using GraphQL;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.GraphQL;
using Voisinage.GraphQLTransport;

namespace Voisinage.Tests.Api;

/// <summary>The limit checks on parsed documents, without HTTP: counting, saturation and variable-dependent cost.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class DocumentLimitAnalyzerTests(EmbeddedApi api)
{
    private readonly GraphQLLimitsOptions _limits = new();

    private SchemaFacts Facts => new(api.Services.GetRequiredService<VoisinageSchema>());

    [Fact]
    public void Token_counting_stops_just_past_the_limit()
    {
        var huge = "{ " + string.Concat(Enumerable.Repeat("a ", 1_000_000)) + "}";
        Assert.Equal(11, DocumentLimitAnalyzer.CountTokens(huge, 10));
        Assert.Equal(6, DocumentLimitAnalyzer.CountTokens("{ a { b } }", 100));
    }

    [Fact]
    public void An_exponential_fragment_expansion_saturates_instead_of_overflowing()
    {
        // 2^80 fields once expanded: more than a long holds.
        var fragments = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var document = Parser.Parse("{ ...F0 } " + fragments + " fragment F80 on Query { __typename }");
        var error = DocumentLimitAnalyzer.CheckDocument(document, _limits, Facts, out _);
        Assert.NotNull(error);
        Assert.Equal(GraphQLErrorCodes.QueryTooComplex, error.Code);
        Assert.Contains("too many", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_size_from_a_variable_is_costed_with_each_request_s_value_or_the_defaults()
    {
        var document = Parser.Parse("query($n: Int = 5000) { postcardOutbox(first: $n) { id postalAddress code } }");
        var error = DocumentLimitAnalyzer.CheckDocument(document, _limits, Facts, out var shape);
        Assert.Null(error);
        Assert.True(shape.CostDependsOnVariables);
        Assert.Equal(1 + (5000 * 3), shape.Cost);

        Assert.Equal(1 + (10 * 3), DocumentLimitAnalyzer.Cost(document, _limits, Facts, new Inputs(new Dictionary<string, object?> { ["n"] = 10 })));
        Assert.Equal(1 + (100_000L * 3), DocumentLimitAnalyzer.Cost(document, _limits, Facts, new Inputs(new Dictionary<string, object?> { ["n"] = 100_000 })));

        // Without the argument, the schema's default (100) counts.
        var byDefault = Parser.Parse("{ postcardOutbox { id } }");
        Assert.Null(DocumentLimitAnalyzer.CheckDocument(byDefault, _limits, Facts, out var fixedShape));
        Assert.False(fixedShape.CostDependsOnVariables);
        Assert.Equal(1 + 100, fixedShape.Cost);
    }

    [Fact]
    public void A_radius_search_costs_by_its_radius()
    {
        var document = Parser.Parse("{ nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) { id name } }");
        Assert.Null(DocumentLimitAnalyzer.CheckDocument(document, _limits, Facts, out var shape));
        Assert.Equal(30 + (30 * 2), shape.Cost);
    }

    [Fact]
    public void Password_checks_are_counted_through_fragments_and_inline_fragments()
    {
        var document = Parser.Parse(
            "mutation { ... on Mutation { login(input: { login: \"a\", password: \"b\" }) { token } } ...R } "
            + "fragment R on Mutation { register(input: { pseudo: \"p\", email: \"e@x.fr\", password: \"b\" }) { token } }");
        var error = DocumentLimitAnalyzer.CheckDocument(document, _limits, Facts, out _);
        Assert.Equal(GraphQLErrorCodes.TooManyCredentialChecks, error?.Code);
    }
}
