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
