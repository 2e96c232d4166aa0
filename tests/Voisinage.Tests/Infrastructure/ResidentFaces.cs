using Voisinage.Grains.Residents;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// Moves a test's resident between the faces of the one resident grain (account, verification, membership): the same
/// key, so the same activation and state, seen through another interface. Tests hold a resident as its account face.
/// </summary>
public static class ResidentFaces
{
    /// <summary>The resident's account: profile, tokens, password, operator flag, export, closure.</summary>
    public static IResidentAccountGrain AsAccount(this IAddressable resident) => resident.AsReference<IResidentAccountGrain>();

    /// <summary>The resident's home and verification.</summary>
    public static IResidentVerificationGrain AsVerification(this IAddressable resident) => resident.AsReference<IResidentVerificationGrain>();

    /// <summary>The resident's memberships and standing.</summary>
    public static IResidentMembershipGrain AsMembership(this IAddressable resident) => resident.AsReference<IResidentMembershipGrain>();
}
