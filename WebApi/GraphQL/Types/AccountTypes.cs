using GraphQL.Types;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>The answer to <c>register</c> and <c>login</c>: a bearer token and who it is for.</summary>
public sealed record AuthPayload(string Token, DateTimeOffset ExpiresAt, Grains.Residents.ResidentProfile Resident);

public sealed class AuthPayloadType : ObjectGraphType<AuthPayload>
{
    public AuthPayloadType()
    {
        Name = "AuthPayload";
        Field<NonNullGraphType<StringGraphType>>("token").Description("Send it as `Authorization: Bearer <token>`.").Resolve(c => c.Source.Token);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<ResidentType>>("resident").Resolve(c => c.Source.Resident);
    }
}

public sealed class RegisterInputType : InputObjectGraphType
{
    public RegisterInputType()
    {
        Name = "RegisterInput";
        Field<NonNullGraphType<StringGraphType>>("pseudo").Description("3–30 letters, digits, '-', '_' or '.'; unique.");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<StringGraphType>>("password").Description("At least 10 characters.");
    }
}

public sealed class LoginInputType : InputObjectGraphType
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field<NonNullGraphType<StringGraphType>>("login").Description("Email or pseudo.");
        Field<NonNullGraphType<StringGraphType>>("password");
    }
}
