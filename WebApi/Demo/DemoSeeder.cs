using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.WebApi.Demo;

/// <summary>
/// Demo mode: once the product has started, creates a living neighbourhood around Dinan through the public API (as its
/// residents): verified residents, a neighbourhood with a lead, listings of every kind, an event with RSVPs, a group
/// purchase under way, a resolved and an open alert, a post and a conversation. Idempotent: when the first demo account
/// exists, the data is there and nothing is done (a restart duplicates nothing).
/// </summary>
internal sealed class DemoSeeder(
    DemoOperations api,
    IGrainFactory grains,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    private const string Neighbourhood = "Vieux Dinan";

    private static readonly string[] CommuteDays = ["MONDAY", "TUESDAY", "THURSDAY"];

    /// <summary>Homes a few dozen metres apart (the server keeps only their res-10 cells).</summary>
    private static readonly (double Lat, double Lng)[] Homes =
    [
        (DemoData.Latitude, DemoData.Longitude),
        (DemoData.Latitude + 0.0003, DemoData.Longitude + 0.0004),
        (DemoData.Latitude - 0.0003, DemoData.Longitude + 0.0002),
        (DemoData.Latitude + 0.0002, DemoData.Longitude - 0.0004),
        (DemoData.Latitude - 0.0002, DemoData.Longitude - 0.0003),
    ];

    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the demo data is there (made now or found), faults when making it failed.</summary>
    public Task Seeded => _seeded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            // The silo (or the connection to the cluster) is up once the application has started.
            await WhenStarted(stoppingToken);
            await SeedAsync(stoppingToken);
            _seeded.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _seeded.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Demo data could not be created.");
            _seeded.TrySetException(ex);
        }
    }

    /// <summary>Makes the demo data unless it exists. Returns whether it made it.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        var first = DemoData.Accounts[0];
        if (await grains.GetGrain<IPseudoGrain>(first.Pseudo).GetAccountKey() is not null)
        {
            logger.LogInformation("Demo data already there: sign in as {Pseudo} / {Password}.", first.Pseudo, first.Password);
            return false;
        }

        var ids = new List<string>();
        for (var i = 0; i < DemoData.Accounts.Count; i++)
        {
            ids.Add(await Resident(DemoData.Accounts[i], Homes[i], cancellationToken));
        }

        var (claire, yannick, soizic, malo, gwenaelle) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
        var neighbourhood = (await api.Run(claire, "mutation($n: String!) { foundNeighbourhood(name: $n) { id } }", new { n = Neighbourhood }, cancellationToken))
            .Str("foundNeighbourhood", "id");
        foreach (var member in ids.Skip(1))
        {
            await api.Run(member, "mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = neighbourhood }, cancellationToken);
        }

        await api.Run(claire, "mutation($n: ID!, $r: ID!) { nameLead(neighbourhoodId: $n, residentId: $r) }", new { n = neighbourhood, r = gwenaelle }, cancellationToken);
        await api.Run(claire, "mutation($t: String!) { createPost(text: $t) { id } }",
            new { t = "Bienvenue dans le quartier ! Les poubelles jaunes passent désormais le mardi matin, pensez à les sortir la veille." }, cancellationToken);
        await Listings(claire, yannick, soizic, malo, gwenaelle, cancellationToken);
        await Alerts(soizic, malo, cancellationToken);
        logger.LogInformation(
            "Demo data ready around Dinan (neighbourhood {Name}): sign in as {Pseudos} with the password {Password}.",
            Neighbourhood, string.Join(", ", DemoData.Accounts.Select(a => a.Pseudo)), DemoData.Password);
        return true;
    }

    /// <summary>Registers a demo resident, sets their home and verifies them by geolocation (3 fixes at home).</summary>
    private async Task<string> Resident(DemoAccount account, (double Lat, double Lng) home, CancellationToken cancellationToken)
    {
        var id = (await api.Run(null, "mutation($i: RegisterInput!) { register(input: $i) { resident { id } } }",
            new { i = new { pseudo = account.Pseudo, email = $"{account.Pseudo}@demo.voisinage.fr", password = account.Password } }, cancellationToken))
            .Str("register", "resident", "id");
        await api.Run(id, "mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat = home.Lat, lng = home.Lng }, cancellationToken);
        JsonNode fix = null!;
        for (var i = 0; i < 3; i++)
        {
            fix = await api.Run(id, "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 12) { verification { status } } }",
                new { lat = home.Lat, lng = home.Lng }, cancellationToken);
        }

        if (fix.Str("submitLocationFix", "verification", "status") != "VERIFIED")
        {
            throw new InvalidOperationException(
                "Demo residents are verified by 3 location fixes on one day: set Voisinage:Verification:FixDistinctDaysNeeded to 1 (demo mode does unless it is set).");
        }

        return id;
    }

    private async Task Listings(string claire, string yannick, string soizic, string malo, string gwenaelle, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var saturday = now.Date.AddDays(((int)DayOfWeek.Saturday - (int)now.DayOfWeek + 7) % 7 + 7).AddHours(9);
        var home = Cells.At(DemoData.Latitude, DemoData.Longitude, Cells.BlockResolution).ToString();
        var rennes = Cells.At(48.1173, -1.6778, Cells.BlockResolution).ToString();

        await Listing(claire, new { kind = "HELP_REQUEST", title = "Besoin d’aide pour monter une armoire", description = "Samedi matin, une heure à deux suffira. Café offert !" }, cancellationToken);
        await Listing(malo, new { kind = "SERVICE_OFFER", title = "Aide aux devoirs de maths", description = "Collège et lycée, le mercredi après-midi." }, cancellationToken);
        await Listing(gwenaelle, new { kind = "SWAP", title = "Troc de boutures", description = "Échange boutures de géranium contre plants de tomates." }, cancellationToken);
        var giveaway = await Listing(soizic, new { kind = "GIVEAWAY", title = "Poussette à donner", description = "En bon état, à venir chercher rue de la Ferronnerie." }, cancellationToken);
        await Listing(soizic, new
        {
            kind = "LOAN",
            title = "Perceuse à prêter",
            description = "Perceuse-visseuse avec ses forets.",
            loan = new { from = now.AddDays(1), until = now.AddDays(15) },
        }, cancellationToken);
        await Listing(malo, new
        {
            kind = "CARPOOL",
            title = "Dinan → Rennes, les jours de semaine",
            description = "Départ place Duclos, retour vers 18 h.",
            carpool = new { originCell = home, destinationCell = rennes, weekdays = CommuteDays, departureTime = "07:45", seats = 3 },
        }, cancellationToken);
        var purchase = await Listing(yannick, new
        {
            kind = "GROUP_PURCHASE",
            title = "Achat groupé de bois de chauffage",
            description = "Chêne sec, livré par un producteur de Léhon.",
            groupPurchase = new { product = "Bois de chauffage (chêne)", unit = "stère", targetQuantity = 20, deadline = now.AddDays(10) },
        }, cancellationToken);
        var party = await Listing(gwenaelle, new
        {
            kind = "EVENT",
            title = "Fête des voisins",
            description = "Chacun apporte un plat ; tables et musique fournies par l’association.",
            @event = new { startsAt = saturday.AddHours(9), place = "Jardin anglais", capacity = 60 },
        }, cancellationToken);
        await Listing(yannick, new
        {
            kind = "LOCAL_PRODUCER",
            title = "Les légumes de la Rance",
            description = "Maraîchage bio, paniers le vendredi.",
            page = new { website = "https://example.org/legumes-de-la-rance", contact = "02 96 00 00 00", openingHours = "vendredi 16 h – 19 h" },
        }, cancellationToken);
        await Listing(gwenaelle, new
        {
            kind = "ASSOCIATION",
            title = "Dinan Quartiers Vivants",
            description = "L’association des habitants du vieux Dinan.",
            page = new { website = "https://example.org/dqv", contact = "contact@example.org", openingHours = "permanence le samedi 10 h – 12 h" },
        }, cancellationToken);

        // Under way: pledges below the target, before the deadline.
        await api.Run(claire, "mutation($id: ID!, $q: Int!) { pledge(listingId: $id, quantity: $q) { id } }", new { id = purchase, q = 4 }, cancellationToken);
        await api.Run(soizic, "mutation($id: ID!, $q: Int!) { pledge(listingId: $id, quantity: $q) { id } }", new { id = purchase, q = 3 }, cancellationToken);
        foreach (var guest in new[] { claire, yannick, soizic })
        {
            await api.Run(guest, "mutation($id: ID!) { rsvp(listingId: $id, going: true) { id } }", new { id = party }, cancellationToken);
        }

        // A conversation: Malo asks for the pram, Soizic answers.
        var conversation = (await api.Run(malo, "mutation($id: ID!, $m: String) { respondToListing(listingId: $id, message: $m) { id } }",
            new { id = giveaway, m = "Bonjour ! La poussette m’intéresse, je peux passer ce soir ?" }, cancellationToken)).Str("respondToListing", "id");
        await api.Run(soizic, "mutation($c: ID!, $t: String!) { sendMessage(conversationId: $c, text: $t) { id } }",
            new { c = conversation, t = "Avec plaisir, à partir de 18 h au 12." }, cancellationToken);
    }

    private async Task Alerts(string soizic, string malo, CancellationToken cancellationToken)
    {
        const string raise = "mutation($k: AlertKind!, $t: String!, $b: String, $r: Int) { raiseAlert(kind: $k, title: $t, body: $b, radiusMeters: $r) { id } }";
        var cat = (await api.Run(soizic, raise, new { k = "LOST_ANIMAL", t = "Chat perdu : Caramel", b = "Chat roux, collier bleu, vu pour la dernière fois rue du Jerzual.", r = 500 }, cancellationToken))
            .Str("raiseAlert", "id");
        await api.Run(soizic, "mutation($id: ID!) { resolveAlert(id: $id) { id } }", new { id = cat }, cancellationToken);
        await api.Run(malo, raise, new { k = "VIGILANCE", t = "Démarchage suspect", b = "Deux personnes se présentent comme agents de la mairie pour « vérifier les compteurs ». Ne leur ouvrez pas.", r = 300 }, cancellationToken);
    }

    private async Task<string> Listing(string author, object input, CancellationToken cancellationToken) =>
        (await api.Run(author, "mutation($i: CreateListingInput!) { createListing(input: $i) { id } }", new { i = input }, cancellationToken)).Str("createListing", "id");

    private Task WhenStarted(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>Reads the demo's answers.</summary>
internal static class DemoJson
{
    public static string Str(this JsonNode node, params string[] path) =>
        path.Aggregate<string, JsonNode?>(node, (n, name) => n?[name])?.GetValue<string>()
        ?? throw new InvalidOperationException($"Demo data: no {string.Join('.', path)} in {node.ToJsonString()}");
}
