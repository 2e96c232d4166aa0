using GraphQL.Types;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Notifications;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class PushPlatformType : EnumerationGraphType<PushPlatform>
{
    public PushPlatformType()
    {
        Name = "PushPlatform";
    }
}

public sealed class PushDeviceType : ObjectGraphType<PushDevice>
{
    public PushDeviceType()
    {
        Name = "PushDevice";
        Description = "A device that receives push notifications of the alerts delivered to your neighbourhood.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<PushPlatformType>>("platform").Resolve(c => c.Source.Platform);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("registeredAt").Resolve(c => c.Source.RegisteredAt);
    }
}

public sealed class PushMessageType : ObjectGraphType<PushMessage>
{
    public PushMessageType()
    {
        Name = "PushMessage";
        Description = "Operators: a notification for the push gateway to send, then acknowledge with ackPushMessages.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("deviceId").Resolve(c => c.Source.DeviceId);
        Field<NonNullGraphType<PushPlatformType>>("platform").Resolve(c => c.Source.Platform);
        Field<NonNullGraphType<StringGraphType>>("deviceToken").Resolve(c => c.Source.DeviceToken);
        Field<NonNullGraphType<AlertType>>("alert").Resolve(c => c.Source.Alert);
    }
}

public sealed class WebPushSubscriptionInputType : InputObjectGraphType<WebPushSubscription>
{
    public WebPushSubscriptionInputType()
    {
        Name = "WebPushSubscriptionInput";
        Description = "A browser's push subscription, as PushSubscription.toJSON() gives it (endpoint and keys).";
        Field<NonNullGraphType<StringGraphType>>("endpoint").Description("The push service URL (https).");
        Field<NonNullGraphType<StringGraphType>>("p256dh").Description("keys.p256dh: the browser's P-256 public key, base64url.");
        Field<NonNullGraphType<StringGraphType>>("auth").Description("keys.auth: the 16-byte authentication secret, base64url.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new WebPushSubscription((string)value["endpoint"]!, (string)value["p256dh"]!, (string)value["auth"]!);
}
