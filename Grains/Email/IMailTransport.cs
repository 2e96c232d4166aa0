using MimeKit;

namespace Voisinage.Grains.Email;

/// <summary>Hands a finished message to the world: an SMTP relay, or the mail folder when none is configured.</summary>
public interface IMailTransport
{
    /// <summary>Returns once the message is accepted; throws when it is not (the outbox retries).</summary>
    Task Send(MimeMessage message, CancellationToken cancellationToken);
}
