using GraphQL.Types;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class VerificationStatusType : EnumerationGraphType<VerificationStatus>
{
    public VerificationStatusType() => Name = "VerificationStatus";
}

public sealed class VerificationMethodType : EnumerationGraphType<VerificationMethod>
{
    public VerificationMethodType() => Name = "VerificationMethod";
}

public sealed class VerificationType : ObjectGraphType<Verification>
{
    public VerificationType()
    {
        Name = "Verification";
        Description = "Whether the resident is a verified neighbour, how and since when.";
        Field<NonNullGraphType<VerificationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<VerificationMethodType>("method").Resolve(c => c.Source.Method);
        Field<DateTimeOffsetGraphType>("verifiedAt").Resolve(c => c.Source.VerifiedAt);
    }
}

public sealed class VerificationProgressType : ObjectGraphType<VerificationProgress>
{
    public VerificationProgressType()
    {
        Name = "VerificationProgress";
        Description = "The evidence gathered on each verification path, with this server's configured thresholds.";
        Field<NonNullGraphType<IntGraphType>>("fixesCounted").Description("Location fixes taken at home that counted.").Resolve(c => c.Source.FixesCounted);
        Field<NonNullGraphType<IntGraphType>>("fixesNeeded").Description("Counting fixes needed for geolocation verification.").Resolve(c => c.Source.FixesNeeded);
        Field<NonNullGraphType<IntGraphType>>("daysCounted").Description("Distinct calendar days the counting fixes span.").Resolve(c => c.Source.DaysCounted);
        Field<NonNullGraphType<IntGraphType>>("daysNeeded").Description("Distinct days the counting fixes must span.").Resolve(c => c.Source.DaysNeeded);
        Field<NonNullGraphType<FloatGraphType>>("fixMaxAccuracyMeters").Description("A fix counts only when its accuracy is at most this many metres.").Resolve(c => c.Source.FixMaxAccuracyMeters);
        Field<NonNullGraphType<IntGraphType>>("vouchesReceived").Description("Vouches received from verified neighbours.").Resolve(c => c.Source.VouchesReceived);
        Field<NonNullGraphType<IntGraphType>>("vouchesNeeded").Description("Distinct vouchers needed for cooptation.").Resolve(c => c.Source.VouchesNeeded);
        Field<DateTimeOffsetGraphType>("postcardExpiresAt").Description("When the code of a postcard on its way expires; null when none is pending.").Resolve(c => c.Source.PostcardExpiresAt);
    }
}
