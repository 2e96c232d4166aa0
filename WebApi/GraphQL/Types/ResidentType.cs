using GraphQL.Types;
using GraphQL;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>A resident. Private fields (email, home cell) resolve to null for anyone but the resident.</summary>
public sealed class ResidentType : ObjectGraphType<ResidentProfile>
{
    public ResidentType()
    {
        Name = "Resident";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("pseudo").Resolve(c => c.Source.Pseudo);
        Field<NonNullGraphType<VerificationType>>("verification").Resolve(c => c.Source.Verification);
        Field<NonNullGraphType<IntGraphType>>("thanksReceived")
            .Description("Thanks received after listings were DONE.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IThanksGrain>(c.Source.Id).Count());
        Field<VerificationProgressType>("verificationProgress")
            .Description("Visible only to the resident: progress on each verification path and the configured thresholds.")
            .ResolveAsync(async c => c.ViewerId() == c.Source.Id
                ? await c.Grains().GetGrain<IResidentVerificationGrain>(c.Source.Id).GetVerificationProgress()
                : null);
        Field<NeighbourhoodType>("neighbourhood")
            .Description("The resident's home neighbourhood, if any.")
            .ResolveAsync(async c => c.Source.NeighbourhoodId is { } id ? await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(id) : null);
        Field<StringGraphType>("email")
            .Description("Visible only to the resident.")
            .Resolve(c => c.ViewerId() == c.Source.Id ? c.Source.Email : null);
        Field<BooleanGraphType>("emailConfirmed")
            .Description("Whether the resident followed the confirmation link mailed to them. Visible only to the resident.")
            .ResolveAsync(async c => c.ViewerId() == c.Source.Id ? await c.Grains().GetGrain<Grains.Accounts.IAccountGrain>(c.Source.Email).IsEmailConfirmed() : null);
        Field<StringGraphType>("homeCell")
            .Description("The H3 res-10 cell of the home. Visible only to the resident.")
            .Resolve(c => c.ViewerId() == c.Source.Id ? c.Source.HomeCell : null);
        Field<DateTimeOffsetGraphType>("createdAt")
            .Description("Visible only to the resident.")
            .Resolve(c => c.ViewerId() == c.Source.Id ? c.Source.CreatedAt : null);
    }
}
