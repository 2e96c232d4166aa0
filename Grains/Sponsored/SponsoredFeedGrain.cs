using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Orleans.Concurrency;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Sponsored;

/// <summary>
/// A feed page with sponsored items (see <see cref="ISponsoredFeedGrain"/>). Stateless: the feed grain checks the
/// reader's membership, each campaign grain decides whether it is shown and counts it.
/// </summary>
[StatelessWorker]
internal sealed class SponsoredFeedGrain(TimeProvider clock) : Grain, ISponsoredFeedGrain
{
    /// <summary>At most one sponsored item per this many items of the feed.</summary>
    public const int Spacing = 10;

    public async Task<FeedPage> Read(string viewerId, string neighbourhoodId, int first, string? after)
    {
        var page = await GrainFactory.GetGrain<IFeedGrain>(neighbourhoodId).Read(viewerId, first, after, null);
        var slots = page.Edges.Count / Spacing;
        if (slots == 0 || (await GrainFactory.StandingOf(viewerId)).Profile?.HomeCell is not { } home)
        {
            return page;
        }

        // The home cell is read here, on the silo, and only asks its shard which campaigns hold it: it never leaves.
        var ids = await GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(CampaignRules.IndexKey(OrganisationAreaRules.ShardOf(home))).Covering(home);
        if (ids.Count == 0)
        {
            return page;
        }

        var hidden = (await GrainFactory.GetGrain<IResidentSponsoredGrain>(viewerId).Hidden()).ToHashSet();
        var now = clock.GetUtcNow();
        var day = CampaignRules.Day(now);
        var candidates = (await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<ICampaignGrain>(id).Get())))
            .OfType<Campaign>()
            .Where(c => c.IsRunning(now) && !hidden.Contains(c.OrganisationId))
            .OrderBy(c => Rank(c.Id, day))
            .ThenBy(c => c.Id, StringComparer.Ordinal);

        var chosen = new List<Campaign>();
        foreach (var campaign in candidates)
        {
            if (chosen.Count == slots)
            {
                break;
            }

            if (await GrainFactory.GetGrain<ICampaignGrain>(campaign.Id).Serve(viewerId, neighbourhoodId))
            {
                chosen.Add(campaign);
            }
        }

        return chosen.Count == 0 ? page : page with { Edges = Insert(page.Edges, chosen, neighbourhoodId) };
    }

    /// <summary>The k-th chosen campaign goes after the (k+1)×10-th item, with that item's cursor, so paging on from it skips nothing.</summary>
    private static List<FeedEdge> Insert(IReadOnlyList<FeedEdge> edges, List<Campaign> chosen, string neighbourhoodId)
    {
        var result = new List<FeedEdge>(edges.Count + chosen.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            result.Add(edges[i]);
            var slot = ((i + 1) / Spacing) - 1;
            if ((i + 1) % Spacing == 0 && slot < chosen.Count)
            {
                var c = chosen[slot];
                result.Add(new FeedEdge(edges[i].Cursor, new FeedItem(c.Id, FeedItemType.Sponsored, neighbourhoodId, null, c.Title, c.Text, c.StartsAt)));
            }
        }

        return result;
    }

    /// <summary>The same order all day for everyone (campaign and day hashed), another order the next day: pages stay stable.</summary>
    private static ulong Rank(string campaignId, string day) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{campaignId}\n{day}")));
}
