using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Voisinage.Grains.Email;

/// <summary>
/// One shard of the outgoing-mail queue (see <see cref="IMailOutboxGrain"/>). Reentrant: an <see cref="Enqueue"/> is
/// stored and answered while a slow SMTP exchange of the same shard is under way (requests never wait on a relay).
/// Sending runs on a grain timer (the injected clock's), due at the earliest retry; a reminder wakes the shard after a
/// silo died with mails pending. Writes of the state are one at a time.
/// </summary>
[Orleans.Concurrency.Reentrant]
internal sealed class MailOutboxGrain(
    [PersistentState("mail-outbox", StorageNames.Voisinage)] IPersistentState<MailOutboxState> outbox,
    IMailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<MailOutboxGrain> logger) : Grain, IMailOutboxGrain, IRemindable
{
    private const string SweepReminder = "mail-sweep";
    private const int RecentlySentKept = 200;
    private const int BatchSize = 20;

    /// <summary>The latest write: the next one starts after it (interleaved turns never write at once).</summary>
    private Task writing = Task.CompletedTask;
    private IGrainTimer? timer;
    private bool sending;
    private bool reminderSet;

    private EmailOptions Options => options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Reschedule();
        return Task.CompletedTask;
    }

    public async Task Enqueue(OutgoingMail mail)
    {
        var state = outbox.State;
        if (state.Pending.Any(p => p.Mail.Id == mail.Id) || state.RecentlySent.Contains(mail.Id))
        {
            return;
        }

        outbox.State = state with { Pending = [.. state.Pending, new PendingMail(mail, 0, clock.GetUtcNow())] };
        await Save();
        if (!reminderSet)
        {
            reminderSet = true;
            await this.RegisterOrUpdateReminder(SweepReminder, Options.SweepInterval, Options.SweepInterval);
        }

        Reschedule();
    }

    public Task<int> CountPending() => Task.FromResult(outbox.State.Pending.Count);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (outbox.State.Pending.Count == 0)
        {
            if (await this.GetReminder(SweepReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            reminderSet = false;
            return;
        }

        reminderSet = true;
        await SendDue();
    }

    /// <summary>Sends every due mail, a batch at a time, then sets the timer for the next retry.</summary>
    private async Task SendDue()
    {
        if (sending)
        {
            return;
        }

        sending = true;
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                var due = outbox.State.Pending.Where(p => p.NextAttemptAt <= now).Take(BatchSize).ToList();
                if (due.Count == 0)
                {
                    break;
                }

                var sent = new HashSet<string>(StringComparer.Ordinal);
                var failed = new Dictionary<string, PendingMail>(StringComparer.Ordinal);
                foreach (var pending in due)
                {
                    try
                    {
                        await transport.Send(ToMime(pending.Mail), CancellationToken.None);
                        sent.Add(pending.Mail.Id);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        var attempts = pending.Attempts + 1;
                        logger.LogWarning(e, "Mail {Id} not accepted (attempt {Attempts})", pending.Mail.Id, attempts);
                        failed[pending.Mail.Id] = pending with { Attempts = attempts, NextAttemptAt = clock.GetUtcNow() + Options.Backoff(attempts) };
                    }
                }

                Apply(sent, failed);
                await Save();
            }
        }
        finally
        {
            sending = false;
            Reschedule();
        }
    }

    /// <summary>Sent mails leave the queue; failed ones wait for their retry, or are dropped after the last one.</summary>
    private void Apply(HashSet<string> sent, Dictionary<string, PendingMail> failed)
    {
        var pending = new List<PendingMail>(outbox.State.Pending.Count);
        foreach (var p in outbox.State.Pending)
        {
            if (sent.Contains(p.Mail.Id))
            {
                continue;
            }

            if (failed.TryGetValue(p.Mail.Id, out var retry))
            {
                if (retry.Attempts >= Options.MaxAttempts)
                {
                    logger.LogError("Mail {Id} dropped after {Attempts} failed attempts", p.Mail.Id, retry.Attempts);
                    continue;
                }

                pending.Add(retry);
                continue;
            }

            pending.Add(p);
        }

        var recent = outbox.State.RecentlySent.Concat(sent).ToList();
        outbox.State = outbox.State with
        {
            Pending = pending,
            RecentlySent = recent.Count > RecentlySentKept ? recent[^RecentlySentKept..] : recent,
        };
    }

    private Task Save()
    {
        writing = WriteAfter(writing);
        return writing;
    }

    private async Task WriteAfter(Task previous)
    {
        try
        {
            await previous;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // That write's caller saw its failure; this one writes the state as it is now.
        }

        try
        {
            await outbox.WriteStateAsync();
        }
        catch (Orleans.Storage.InconsistentStateException)
        {
            // Someone else wrote this shard (a write that timed out but landed, or another activation): what this
            // activation holds is stale. Reload from storage on the next call rather than fail every later write.
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Sets the timer to the earliest retry (now for a new mail); stops it when the queue is empty.</summary>
    private void Reschedule()
    {
        if (sending)
        {
            return;
        }

        if (outbox.State.Pending.Count == 0)
        {
            timer?.Dispose();
            timer = null;
            return;
        }

        var dueIn = outbox.State.Pending.Min(p => p.NextAttemptAt) - clock.GetUtcNow();
        dueIn = dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn;
        if (timer is null)
        {
            timer = this.RegisterGrainTimer(SendDue, new GrainTimerCreationOptions(dueIn, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
        else
        {
            timer.Change(dueIn, Timeout.InfiniteTimeSpan);
        }
    }

    private MimeMessage ToMime(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id}@voisinage";
        message.Date = clock.GetUtcNow();
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }
}
