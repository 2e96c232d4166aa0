using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    partial void AddPushFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PushMessageType>>>>("pushOutbox")
            .Description("Operators (push gateway): pending push messages, from one shard (0–63) or from all in turn. Acknowledge them with ackPushMessages.")
            .Argument<IntGraphType>("shard")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var first = c.GetArgument("first", 100);
                var shard = c.GetArgument<int?>("shard");
                if (first is < 1 or > 1000 || shard is < 0 or >= IPushQueueGrain.Shards)
                {
                    throw VoisinageException.BadInput($"first must be between 1 and 1000 and shard between 0 and {IPushQueueGrain.Shards - 1}.");
                }

                var messages = new List<PushMessage>();
                foreach (var s in shard is { } one ? [one] : Enumerable.Range(0, IPushQueueGrain.Shards))
                {
                    foreach (var resident in await c.Grains().GetGrain<IPushQueueGrain>(s).List(caller, first - messages.Count))
                    {
                        messages.AddRange(await c.Grains().GetGrain<IResidentPushGrain>(resident).Peek(first - messages.Count));
                        if (messages.Count >= first)
                        {
                            return messages;
                        }
                    }
                }

                return messages;
            });
    }
}
