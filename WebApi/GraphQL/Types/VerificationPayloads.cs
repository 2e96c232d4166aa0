using GraphQL.Types;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class LocationProgressType : ObjectGraphType<LocationProgress>
{
    public LocationProgressType()
    {
        Name = "LocationFixPayload";
        Description = "Progress of geolocation verification: counting fixes so far and the distinct days they span.";
        Field<NonNullGraphType<IntGraphType>>("countingFixes").Resolve(c => c.Source.CountingFixes);
        Field<NonNullGraphType<IntGraphType>>("distinctDays").Resolve(c => c.Source.DistinctDays);
        Field<NonNullGraphType<VerificationType>>("verification").Resolve(c => c.Source.Verification);
    }
}

/// <summary>The answer to <c>vouchFor</c>.</summary>
public sealed record VouchPayload(string CandidateId, bool CandidateVerified);

public sealed class VouchPayloadType : ObjectGraphType<VouchPayload>
{
    public VouchPayloadType()
    {
        Name = "VouchPayload";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<BooleanGraphType>>("candidateVerified").Description("Whether this vouch completed the candidate's verification.").Resolve(c => c.Source.CandidateVerified);
    }
}

public sealed class PostcardPayloadType : ObjectGraphType<DateTimeOffset>
{
    public PostcardPayloadType()
    {
        Name = "PostcardPayload";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("codeExpiresAt").Resolve(c => c.Source);
    }
}

public sealed class PostcardOrderType : ObjectGraphType<PostcardOrder>
{
    public PostcardOrderType()
    {
        Name = "PostcardOrder";
        Description = "A postcard for the printer. Operators only; erased once acknowledged with markPostcardsSent.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.OrderId);
        Field<NonNullGraphType<StringGraphType>>("postalAddress").Resolve(c => c.Source.PostalAddress);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
    }
}
