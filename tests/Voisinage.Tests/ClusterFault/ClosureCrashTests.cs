using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Voisinage.Tests.ClusterFault;

/// <summary>
/// Account deletion on real processes and PostgreSQL: the silo running the closure is killed midway (the documented crash
/// hook, <c>Voisinage:FaultInjection:CrashMarker</c> in the pseudo, after the push devices are forgotten); once it is
/// restarted the closure finishes by itself, and a search of every table of the database finds neither the email nor
/// the pseudo that the export listed, nor the resident id (as a grain key or inside any payload; Orleans' stream pub-sub
/// rows are keyed by the resident's erased stream key). The resident has a conversation and a reported post with a neighbour, records the
/// neighbour keeps: they stay, anonymised.
/// </summary>
[Collection(FaultClusterCollection.Name)]
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class ClosureCrashTests(FaultClusterFixture fixture, ITestOutputHelper output)
{
    private const string Password = "a long password";

    /// <summary>How the text of an Orleans pub-sub row of a message stream reads (grain type, then grain key).</summary>
    private const string MessageStreamRows = "PubSubRendezvousGrain,voisinage-streams/messages/";

    private FaultCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task A_deletion_killed_midway_finishes_after_the_restart_and_leaves_no_email_or_pseudo_in_any_table()
    {
        await fixture.EnsureAllRunning();
        using var http = new GraphQLHttp(TimeSpan.FromSeconds(30));
        var api = Cluster.FrontEnds[1].BaseAddress;
        var pseudo = $"cm{Guid.NewGuid().ToString("N")[..8]}-{FaultCluster.CrashMarker}";
        var email = $"{pseudo}@example.fr";

        // A resident with something in most stores: account, pseudo, home and verification, a neighbourhood, a post, a push device.
        var (lat, lng) = (47.3941, 0.6848);
        var token = await Verified(http, api, pseudo, email, (lat, lng));
        await Ok(http.Call(api, "mutation { foundNeighbourhood(name: \"Quartier de la fermeture\") { id } }", token: token));
        var postId = (await Ok(http.Call(api, "mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Bonjour à tous" }, token)))["createPost"]!["id"]!.GetValue<string>();
        await Ok(http.Call(api, "mutation($t: String!) { registerPushDevice(platform: FCM, token: $t) { id } }", new { t = "fcm-device-token-" + pseudo }, token));

        // An organisation they alone run (orphaned by the closure), an advertiser they hid: rows that hold their id.
        var residentId = (await Ok(http.Call(api, "{ me { id } }", token: token)))["me"]!["id"]!.GetValue<string>();
        var organisation = new { kind = "ASSOCIATION", name = "Amicale de la fermeture", identifier = "W751000002" };
        var organisationId = (await Ok(http.Call(api, "mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }", new { i = organisation }, token)))["createOrganisation"]!["id"]!.GetValue<string>();
        await Ok(http.Call(api, "mutation($o: ID!) { hideAdvertiser(organisationId: $o) }", new { o = organisationId }, token));
        Assert.NotEmpty(await OrganisationRowsHolding(residentId));

        // A neighbour who reports their post (a moderation case names its author) and with whom they talk about the
        // neighbour's listing (a conversation names both): records another resident keeps, that must stop naming them.
        var neighbourPseudo = $"nb{Guid.NewGuid().ToString("N")[..8]}";
        var neighbour = await Verified(http, api, neighbourPseudo, $"{neighbourPseudo}@example.fr", (lat, lng));
        var neighbourhoodId = (await Ok(http.Call(api, "{ me { neighbourhood { id } } }", token: token)))["me"]!["neighbourhood"]!["id"]!.GetValue<string>();
        await Ok(http.Call(api, "mutation($n: ID!) { joinNeighbourhood(id: $n) { id } }", new { n = neighbourhoodId }, neighbour));
        await Ok(http.Call(api, "mutation($id: ID!) { report(targetType: POST, targetId: $id, reason: \"hors sujet\") { reports } }", new { id = postId }, neighbour));
        var listingId = (await Ok(http.Call(api, "mutation($i: CreateListingInput!) { createListing(input: $i) { id } }", new { i = new { kind = "HELP_REQUEST", title = "Monter une armoire" } }, neighbour)))["createListing"]!["id"]!.GetValue<string>();
        var conversationId = (await Ok(http.Call(api, "mutation($id: ID!) { respondToListing(listingId: $id, message: \"Je peux samedi\") { id } }", new { id = listingId }, token)))["respondToListing"]!["id"]!.GetValue<string>();

        // The resident listens to their messages as the web app does (graphql-ws): Orleans writes the stream's pub-sub
        // row when the front-end subscribes, and the neighbour's message arrives through it.
        var streamRowsBefore = (await RowsHolding(MessageStreamRows)).Count;
        using var socket = await Listening(api, token, "subscription { messageReceived { text } }");
        await Until(async () => (await RowsHolding(MessageStreamRows)).Count > streamRowsBefore ? "subscribed" : null, TimeSpan.FromSeconds(30), "the message stream's subscription never reached the pub-sub store");
        await Ok(http.Call(api, "mutation($id: ID!) { sendMessage(conversationId: $id, text: \"Merci !\") { id } }", new { id = conversationId }, neighbour));
        Assert.Contains("Merci !", await NextMessage(socket), StringComparison.Ordinal);
        var export = (await Ok(http.Call(api, "mutation { exportMyData }", token: token)))["exportMyData"]!.GetValue<string>();
        Assert.Contains(email, export, StringComparison.Ordinal);
        Assert.Contains("fcm-device-token-" + pseudo, export, StringComparison.Ordinal);
        Assert.Contains(organisationId, export, StringComparison.Ordinal);
        Assert.NotEmpty(await RowsHolding(pseudo));
        Assert.NotEmpty(await RowsHolding(residentId));

        // The subscription made Orleans write a pub-sub row for the resident's message stream: keyed by their stream key,
        // it does not hold the resident's id (the search after the closure covers it too).
        Assert.NotEmpty(await RowsHolding(MessageStreamRows));
        Assert.DoesNotContain(await RowsHolding(residentId), r => r.Contains(MessageStreamRows, StringComparison.OrdinalIgnoreCase));

        // The silo running the closure stops after its third step is saved: the caller never hears back.
        var crashed = await http.Call(api, "mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = Password }, token);
        Assert.Equal(Outcome.Unknown, crashed.Outcome);
        var dead = await Until(() => Task.FromResult(Cluster.Silos.FirstOrDefault(s => !s.IsRunning)), TimeSpan.FromSeconds(30), "no silo stopped");
        output.WriteLine($"{dead.Name} stopped midway through the closure: {crashed.Detail}");

        // Restarted, the cluster finishes the closure by itself (the closure reminder): nothing identifies the resident any more.
        await Cluster.StartAsync(dead);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Until(async () => (await RowsHolding(pseudo)).Count == 0 && (await RowsHolding(email)).Count == 0 ? "done" : null, TimeSpan.FromMinutes(4), "the closure never finished");
        output.WriteLine($"closure finished {started.Elapsed.TotalSeconds:0} s after the restart began");

        // The organisation stays (orphaned) without their id in its members or log; their own organisation and
        // hidden-advertiser records are gone.
        Assert.Empty(await OrganisationRowsHolding(residentId));

        // The neighbour keeps the conversation (their message and the deleted resident's, from a deleted account).
        var kept = (await Ok(http.Call(api, "query($id: ID!) { conversation(id: $id) { messages { edges { node { text sender { id } } } } } }", new { id = conversationId }, neighbour)))["conversation"]!["messages"]!["edges"]!.AsArray();
        Assert.Equal(["Merci !", "Je peux samedi"], kept.Select(e => e!["node"]!["text"]!.GetValue<string>()));
        Assert.Null(kept[1]!["node"]!["sender"]);

        // Every table of the database, Orleans grain state (keys, binary payloads), reminders, membership and the stream
        // pub-sub rows included: no row holds the resident's id (as a key or inside a payload), pseudo or email.
        foreach (var identifying in new[] { residentId, pseudo, email })
        {
            var rows = await RowsHolding(identifying);
            Assert.True(rows.Count == 0, $"{identifying} is still held by:\n{string.Join("\n", rows)}");
        }

        // Rows keyed by the id (a GUID key is stored as its two halves, not as text: the search above cannot see them):
        // only the resident's tombstone, which holds no personal data and refuses every earlier token.
        Assert.Equal(["resident"], await StateRowsKeyedBy(residentId));

        var login = await http.Call(api, "mutation($i: LoginInput!) { login(input: $i) { token } }", new { i = new { login = email, password = Password } });
        Assert.Equal("UNAUTHENTICATED", login.Code);
        var again = await http.Call(api, "{ me { id } }", token: token);
        Assert.Equal("UNAUTHENTICATED", again.Code);
        await fixture.EnsureAllRunning();
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> Ok(Task<CallResult> call)
    {
        var r = await call;
        Assert.True(r.Outcome == Outcome.Ok, r.Detail);
        return r.Data!;
    }

    /// <summary>A verified resident registered through the API, with their home at <paramref name="home"/>; their token.</summary>
    private static async Task<string> Verified(GraphQLHttp http, Uri api, string pseudo, string email, (double Lat, double Lng) home)
    {
        var token = (await Ok(http.Call(api, "mutation($i: RegisterInput!) { register(input: $i) { token } }", new { i = new { pseudo, email, password = Password } })))["register"]!["token"]!.GetValue<string>();
        await Ok(http.Call(api, "mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat = home.Lat, lng = home.Lng }, token));
        for (var i = 0; i < 5; i++)
        {
            var fix = await Ok(http.Call(api, "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { verification { status } } }", new { lat = home.Lat, lng = home.Lng }, token));
            if (fix["submitLocationFix"]!["verification"]!["status"]!.GetValue<string>() == "VERIFIED")
            {
                break;
            }
        }

        return token;
    }

    /// <summary>
    /// Every row, in every table of the database, whose text holds <paramref name="text"/>, as text or inside a binary
    /// payload (bytea reads as hex: the UTF-8 bytes of the text are looked for in hex too, as the Orleans binary format
    /// writes strings), described by its table and its row's beginning (for grain state: its grain type and key).
    /// </summary>
    private async Task<List<string>> RowsHolding(string text)
    {
        await using var connection = new NpgsqlConnection(Cluster.Postgres.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("orleansstorage", tables);
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));
        var holding = new List<string>();
        foreach (var table in tables)
        {
            await using var search = new NpgsqlCommand($"SELECT left(t::text, 240) FROM \"{table}\" t WHERE t::text ILIKE @plain OR t::text ILIKE @hex", connection);
            search.Parameters.AddWithValue("plain", "%" + text + "%");
            search.Parameters.AddWithValue("hex", "%" + hex + "%");
            await using var reader = await search.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                holding.Add($"{table}: {reader.GetString(0)}");
            }
        }

        return holding;
    }

    /// <summary>
    /// The grain states (their state names) keyed by <paramref name="guidKey"/>, a GUID in its 32-digit form (every resident
    /// id): Orleans' ADO.NET storage keeps such a key as the two 64-bit halves of the GUID's bytes, not as text.
    /// </summary>
    private async Task<List<string>> StateRowsKeyedBy(string guidKey)
    {
        var bytes = Guid.ParseExact(guidKey, "N").ToByteArray();
        await using var connection = new NpgsqlConnection(Cluster.Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var search = new NpgsqlCommand("SELECT graintypestring FROM orleansstorage WHERE grainidn0 = @n0 AND grainidn1 = @n1 ORDER BY 1", connection);
        search.Parameters.AddWithValue("n0", BitConverter.ToInt64(bytes, 0));
        search.Parameters.AddWithValue("n1", BitConverter.ToInt64(bytes, 8));
        var rows = new List<string>();
        await using var reader = await search.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>
    /// The organisation and sponsored rows (their grain types) that hold <paramref name="residentId"/>, as their key or
    /// in their payload (binary: the hex of the id's UTF-8 bytes).
    /// </summary>
    private async Task<List<string>> OrganisationRowsHolding(string residentId)
    {
        await using var connection = new NpgsqlConnection(Cluster.Postgres.ConnectionString);
        await connection.OpenAsync();
        const string sql = """
            SELECT graintypestring FROM orleansstorage
            WHERE (graintypestring ILIKE '%organisation%' OR graintypestring ILIKE '%sponsored%')
              AND (grainidextensionstring ILIKE @plain OR encode(payloadbinary, 'hex') ILIKE @hex OR payloadjson ILIKE @plain)
            """;
        await using var search = new NpgsqlCommand(sql, connection);
        search.Parameters.AddWithValue("plain", "%" + residentId + "%");
        search.Parameters.AddWithValue("hex", "%" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(residentId)) + "%");
        var rows = new List<string>();
        await using var reader = await search.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>A graphql-transport-ws connection to <paramref name="api"/> with <paramref name="query"/> subscribed (as id "1").</summary>
    private static async Task<ClientWebSocket> Listening(Uri api, string token, string query)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(new Uri(api, "/graphql")) { Scheme = api.Scheme == "https" ? "wss" : "ws" }.Uri, CancellationToken.None);
        await Send(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        Assert.Contains("connection_ack", await NextMessage(socket), StringComparison.Ordinal);
        await Send(socket, new { id = "1", type = "subscribe", payload = new { query } });
        return socket;

        static Task Send(ClientWebSocket socket, object message) =>
            socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    /// <summary>The next text message on <paramref name="socket"/> (within 30 s).</summary>
    private static async Task<string> NextMessage(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return Encoding.UTF8.GetString(text.ToArray());
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe, TimeSpan timeout, string failure)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(1000);
        }
    }
}
