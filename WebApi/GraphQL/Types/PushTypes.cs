using GraphQL.Types;
using Voisinage.Grains.Alerts;

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
