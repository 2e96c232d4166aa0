namespace Voisinage.Grains.Accounts;

/// <summary>
/// One pseudo, keyed by its case-folded form: the key makes pseudos unique across the cluster.
/// It records which account (normalised email) holds it.
/// </summary>
public interface IPseudoGrain : IGrainWithStringKey
{
    /// <summary>Reserves the pseudo for an account; true if that account holds it now.</summary>
    Task<bool> TryReserve(string accountKey);

    /// <summary>The account holding the pseudo, or null.</summary>
    Task<string?> GetAccountKey();

    /// <summary>Frees the pseudo if the account holds it.</summary>
    Task Release(string accountKey);
}
