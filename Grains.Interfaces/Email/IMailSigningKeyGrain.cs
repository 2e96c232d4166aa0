namespace Voisinage.Grains.Email;

/// <summary>
/// The HMAC key (key 0) that signs the one-click unsubscribe links of emails: generated once and kept in grain storage,
/// so links in mails already sent keep working across restarts. Silo-side only: it never leaves the cluster.
/// </summary>
public interface IMailSigningKeyGrain : IGrainWithIntegerKey
{
    Task<byte[]> GetKey();
}
