using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Voisinage.GraphQLTransport.FastExecution;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>
/// Fields the fast path reads straight from their source (<see cref="SourceMemberFields.ResolveMember"/> and
/// name-resolved properties: no resolver context, scalars written without a node) answer byte for byte what
/// GraphQL.NET answers, including where the value is not one they may write: null in a non-null field (the error, then
/// null propagation up to the nearest nullable position), an enum value the type does not know, a source of another
/// type, a member that throws, a custom scalar, dates with offsets and fractions, nullable value types.
/// </summary>
public sealed class SourceMemberDifferentialTests : IDisposable
{
    private readonly WebApplication _app;
    private readonly IServiceProvider _services;

    public SourceMemberDifferentialTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQL(b => b.AddSchema<MemberSchema>().AddSystemTextJson());
        builder.Services.AddTransient<ItemType>();
        builder.Services.AddTransient<ShoutGraphType>();
        builder.Services.AddGraphQLTransport(builder.Configuration.GetSection("GraphQL"));
        _app = builder.Build();
        _services = _app.Services;
    }

    public void Dispose() => ((IDisposable)_app).Dispose();

    public static TheoryData<string> Documents() => new()
    {
        "{ items { id title colour maybeColour at maybeAt flag maybeFlag count maybeCount note name shout } }",
        "{ items { a: id b: id id t: title title ... on Item { colour note } ...More } } fragment More on Item { at count name }",
        "{ strictItems { id title } }",
        "{ strictItems { id colour } other: items { id } }",
        "{ badColour { id colour maybeColour } }",
        "{ wrongSource { id title name } }",
        "{ throwing { id boom quiet } }",
        "{ connection { edges { cursor node { id name shout } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }",
        "{ items { id missing } }",
        "{ items { id __typename } connection { __typename edges { __typename } } }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Member_reads_answer_as_GraphQL_NET(string query)
    {
        var (reference, referenceFast) = await Run(query, fastPath: false);
        var (fast, wasFast) = await Run(query, fastPath: true);
        Assert.False(referenceFast);
        Assert.True(wasFast, query);
        Assert.Equal(reference, fast);
    }

    [Fact]
    public async Task Nulls_in_non_null_member_fields_are_errors_that_null_the_nearest_nullable_position()
    {
        var (reference, _) = await Run("{ items { id title } strict: strictItems { id title } }", fastPath: false);
        var (fast, _) = await Run("{ items { id title } strict: strictItems { id title } }", fastPath: true);
        Assert.Equal(reference, fast);

        // strictItems is [Item!]!: the null title nulls the whole answer; on its own, items keeps its other entries.
        using var json = JsonDocument.Parse(fast);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        var (alone, _) = await Run("{ items { id title } }", fastPath: true);
        using var aloneJson = JsonDocument.Parse(alone);
        var items = aloneJson.RootElement.GetProperty("data").GetProperty("items");
        Assert.Equal(JsonValueKind.Null, items[1].ValueKind);
        Assert.Equal("un", items[0].GetProperty("id").GetString());
        Assert.Equal("[\"items\",1,\"title\"]", aloneJson.RootElement.GetProperty("errors")[0].GetProperty("path").GetRawText());
    }

    [Fact]
    public void Only_the_resolver_the_mark_installed_is_read_directly()
    {
        var type = new ObjectGraphType<Item>();
        var marked = type.Field<StringGraphType>("title").ResolveMember(x => x.Title).FieldType;
        var byName = type.Field<StringGraphType>("note").FieldType;
        var custom = type.Field<StringGraphType>("custom").Resolve(c => c.Source.Title).FieldType;
        Assert.NotNull(SourceMember.Of(marked));
        Assert.NotNull(SourceMember.Of(byName));
        Assert.Null(SourceMember.Of(custom));

        // Middleware (or anything else) wrapped around the marked resolver: the field is no longer a plain read.
        marked.Resolver = new FuncFieldResolver<Item, string?>(c => c.Source.Title?.ToUpperInvariant());
        Assert.Null(SourceMember.Of(marked));
        Assert.Throws<ArgumentException>(() => type.Field<StringGraphType>("computed").ResolveMember(x => x.Title + "!"));
        Assert.Throws<ArgumentException>(() => type.Field<StringGraphType>("nested").ResolveMember(x => x.Title!.Length));
    }

    [Fact]
    public async Task Plans_write_member_leaves_directly_and_keep_nodes_for_the_rest()
    {
        const string Query = "{ items { id colour at note shout } connection { edges { cursor node { id } } pageInfo { hasNextPage } } }";
        await Run(Query, fastPath: false);
        var schema = _services.GetRequiredService<MemberSchema>();
        var plan = ExecutionPlan.Build(schema, new GraphQLDocumentBuilder().Build(Query), null);
        var root = plan.Variant(ulong.MaxValue)!;
        PlannedField Field(PlannedSelection selection, string name) => selection.Fields.Single(f => f.ResponseName == name);

        var items = Field(root, "items");
        Assert.Null(items.Leaf);
        foreach (var leaf in new[] { "id", "colour", "at", "note" })
        {
            Assert.NotNull(Field(items.Selection!, leaf).Leaf);
        }

        // A custom scalar is read without a context but serialized by its graph type, in a node of its own.
        Assert.Null(Field(items.Selection!, "shout").Leaf);
        Assert.NotNull(Field(items.Selection!, "shout").Member);

        var connection = Field(root, "connection").Selection!;
        var edges = Field(connection, "edges");
        Assert.NotNull(edges.Member);
        Assert.NotNull(Field(edges.Selection!, "cursor").Leaf);
        Assert.NotNull(Field(edges.Selection!, "node").Member);
        Assert.NotNull(Field(Field(connection, "pageInfo").Selection!, "hasNextPage").Leaf);
    }

    [Fact]
    public void Known_scalars_are_written_directly_and_others_through_their_graph_type()
    {
        Assert.NotNull(ScalarFormat.For<string>(new StringGraphType()));
        Assert.NotNull(ScalarFormat.For<string>(new IdGraphType()));
        Assert.NotNull(ScalarFormat.For<DateTimeOffset?>(new DateTimeOffsetGraphType()));
        Assert.NotNull(ScalarFormat.For<Colour?>(new EnumerationGraphType<Colour>()));
        Assert.Null(ScalarFormat.For<string>(new ShoutGraphType()));
        Assert.Null(ScalarFormat.For<int>(new IdGraphType()));
        Assert.Null(ScalarFormat.For<long>(new IntGraphType()));
        Assert.Null(ScalarFormat.For<DateTime>(new DateTimeOffsetGraphType()));
    }

    private async Task<(string Json, bool Fast)> Run(string query, bool fastPath)
    {
        using var scope = _services.CreateScope();
        var services = scope.ServiceProvider;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        using var json = JsonDocument.Parse(Encoding.UTF8.GetBytes($$"""{"query":{{JsonSerializer.Serialize(query)}}}"""));
        var request = GraphQLRequestReader.FromJsonObject(json.RootElement, serializer);
        var prepared = GraphQLExecution.Prepare<MemberSchema>(services, request);
        Assert.True(prepared.Document is not null, serializer.Serialize(prepared.Refusal));
        var user = new ClaimsPrincipal(new ClaimsIdentity());
        var http = new DefaultHttpContext { RequestServices = services, User = user };
        var fast = services.GetRequiredService<FastExecution.FastExecution>();
        var before = fast.Executions;
        var result = await GraphQLExecution.ExecuteAsync<MemberSchema>(http, services, user, request, prepared.Document!, CancellationToken.None, fastPath);
        return (serializer.Serialize(result), fast.Executions == before + 1);
    }

    internal enum Colour
    {
        Red,
        Green,
    }

    /// <summary>A source object: records as the grains answer, with the awkward values a resolver may meet.</summary>
    internal sealed record Item(
        string Id, string? Title, Colour Colour, Colour? MaybeColour, DateTimeOffset At, DateTimeOffset? MaybeAt,
        bool Flag, bool? MaybeFlag, int Count, int? MaybeCount, string? Note, string Name)
    {
        public string Boom => throw new InvalidOperationException($"boom {Id}");

        public string? Quiet => Title is null ? throw new InvalidOperationException("quiet") : null;
    }

    /// <summary>Another type, returned where an <see cref="Item"/> is expected.</summary>
    internal sealed record Stranger(string Id, string Title, string Name);

    /// <summary>A custom scalar over strings: not one the fast path writes itself.</summary>
    internal sealed class ShoutGraphType : StringGraphType
    {
        public ShoutGraphType() => Name = "Shout";

        public override object? Serialize(object? value) => value is string text ? text.ToUpperInvariant() + "!" : base.Serialize(value);
    }

    internal sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IdGraphType>>("id").ResolveMember(x => x.Id);
            Field<NonNullGraphType<StringGraphType>>("title").ResolveMember(x => x.Title);
            Field<NonNullGraphType<EnumerationGraphType<Colour>>>("colour").ResolveMember(x => x.Colour);
            Field<EnumerationGraphType<Colour>>("maybeColour").ResolveMember(x => x.MaybeColour);
            Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").ResolveMember(x => x.At);
            Field<DateTimeOffsetGraphType>("maybeAt").ResolveMember(x => x.MaybeAt);
            Field<NonNullGraphType<BooleanGraphType>>("flag").ResolveMember(x => x.Flag);
            Field<BooleanGraphType>("maybeFlag").ResolveMember(x => x.MaybeFlag);
            Field<NonNullGraphType<IntGraphType>>("count").ResolveMember(x => x.Count);
            Field<IntGraphType>("maybeCount").ResolveMember(x => x.MaybeCount);
            Field<NonNullGraphType<StringGraphType>>("boom").ResolveMember(x => x.Boom);
            Field<StringGraphType>("quiet");
            Field<StringGraphType>("missing");

            // Resolved by GraphQL.NET's name resolver (no resolver of their own).
            Field<StringGraphType>("note");
            Field<NonNullGraphType<StringGraphType>>("name");
            Field<ShoutGraphType>("shout").ResolveMember(x => x.Name);
        }
    }

    internal sealed class MemberSchema : Schema
    {
        private static readonly Item[] Items =
        [
            new("un", "Premier", Colour.Red, null, new DateTimeOffset(2026, 12, 7, 10, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567), null, true, null, 3, null, "« note » \"é\" <b>", "marie"),
            new("deux", null, Colour.Green, Colour.Red, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), DateTimeOffset.Parse("2025-06-30T23:59:59.5-04:30", CultureInfo.InvariantCulture), false, true, -7, 0, null, "paul"),
            new("trois", "Troisième", Colour.Red, Colour.Green, new DateTimeOffset(2000, 2, 29, 0, 0, 0, TimeSpan.FromMinutes(345)), DateTimeOffset.UnixEpoch, true, false, int.MaxValue, int.MinValue, "", "zoé"),
        ];

        public MemberSchema(IServiceProvider services)
            : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<ListGraphType<ItemType>>("items").Resolve(_ => Items);
            query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("strictItems").Resolve(_ => Items);
            query.Field<ItemType>("badColour").Resolve(_ => Items[0] with { Colour = (Colour)42, MaybeColour = (Colour)7 });
            query.Field<ItemType>("wrongSource").Resolve(_ => new Stranger("s", "Étranger", "nom"));
            query.Field<ItemType>("throwing").Resolve(_ => Items[0]);
            query.Field<ConnectionType<ItemType>>("connection").Resolve(_ => new Connection<Item>
            {
                Edges = [.. Items.Select((item, i) => new Edge<Item> { Cursor = $"c{i}", Node = item })],
                TotalCount = Items.Length,
                PageInfo = new PageInfo { HasNextPage = true, HasPreviousPage = false, StartCursor = "c0", EndCursor = "c2" },
            });
            Query = query;
        }
    }
}
