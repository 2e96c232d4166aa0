namespace Voisinage.Grains.Email;

/// <summary>Outgoing email (docs/notifications.md, "Email"), section <c>Voisinage:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Voisinage:Email";

    /// <summary>The sender of every email (<c>From</c>).</summary>
    public string From { get; set; } = "Voisinage <ne-pas-repondre@voisinage.invalid>";

    /// <summary>The SMTP relay; with no host, mails are written as <c>.eml</c> files into <see cref="Directory"/>.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The folder of the embedded default (no SMTP host). Empty: <c>&lt;DataDirectory&gt;/mail</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// The web app's public base URL for links in emails: <c>Voisinage:PublicUrl</c> (not under this section: other
    /// links may use it), default <c>http://localhost:5080</c>.
    /// </summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>How long a password-reset link works.</summary>
    public TimeSpan ResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>First retry delay after the transport refused or failed; doubles at each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed tries after which a mail is dropped (logged); with the defaults about two days of retries.</summary>
    public int MaxAttempts { get; set; } = 60;

    /// <summary>How often each outbox shard wakes up on its own (a reminder) to send what a dead silo left pending.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The local time (in the resident's quiet-hours zone, else Europe/Paris) at which digests go out.</summary>
    public TimeOnly DigestTime { get; set; } = new(7, 0);

    /// <summary>The retry delay after <paramref name="attempts"/> failed tries.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}

/// <summary>The SMTP relay, section <c>Voisinage:Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// True: TLS required (implicit TLS on port 465, STARTTLS otherwise). False: STARTTLS when the server offers it
    /// (a local relay or a test sink may offer none).
    /// </summary>
    public bool UseTls { get; set; } = true;
}
