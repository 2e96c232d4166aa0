using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Notifications;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    partial void AddPushFields()
    {
        Field<NonNullGraphType<PushDeviceType>>("registerPushDevice")
            .Description("Registers this device for push notifications of alerts. Register again on each app start: it also follows a change of neighbourhood.")
            .Argument<NonNullGraphType<PushPlatformType>>("platform")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentPushGrain>(c.RequireCaller())
                .RegisterDevice(c.GetArgument<PushPlatform>("platform"), c.GetArgument<string>("token")));

        Field<NonNullGraphType<PushDeviceType>>("registerWebPush")
            .Description("Turns Web Push notifications on for this browser: give its PushSubscription (made with appConfig.vapidPublicKey). Registering it again is harmless; the app does on each start.")
            .Argument<NonNullGraphType<WebPushSubscriptionInputType>>("subscription")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentPushGrain>(c.RequireCaller())
                .RegisterWebPush(c.GetArgument<WebPushSubscription>("subscription")));

        Field<NonNullGraphType<BooleanGraphType>>("unregisterWebPush")
            .Description("Turns Web Push notifications off for this browser (its subscription's endpoint): no more pushes, pending ones dropped. False if it was not registered.")
            .Argument<NonNullGraphType<StringGraphType>>("endpoint")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentPushGrain>(c.RequireCaller())
                .RemoveDevice(PushDevice.IdOf(PushPlatform.WebPush, c.GetArgument<string>("endpoint"))));

        Field<NonNullGraphType<IntGraphType>>("ackPushMessages")
            .Description("Operators (push gateway): acknowledges sent push messages, which leave their outboxes. Returns how many were pending.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 1000)
                {
                    throw VoisinageException.BadInput("At most 1000 ids at once.");
                }

                // Any shard answers the operator check before anything changes.
                await c.Grains().GetGrain<IPushQueueGrain>(0).List(caller, 1);
                var byResident = ids.Where(id => id.Contains('.', StringComparison.Ordinal)).GroupBy(id => id[..id.LastIndexOf('.')]);
                var counts = await Task.WhenAll(byResident.Select(g => c.Grains().GetGrain<IResidentPushGrain>(g.Key).Acknowledge([.. g])));
                return counts.Sum();
            });
    }
}
