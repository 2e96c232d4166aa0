using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Voisinage.Tests.Email;

/// <summary>
/// A local SMTP server for the tests (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no AUTH): what the real
/// MailKit transport sends arrives here, parsed with MimeKit. <see cref="Refusing"/> makes it answer 451 to MAIL FROM,
/// as a relay that is temporarily unavailable.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<MimeMessage> received = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int refusals;

    public SmtpSink()
    {
        listener.Start();
        _ = Accept();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>While true, every MAIL FROM is answered 451 (try again later).</summary>
    public bool Refusing { get; set; }

    /// <summary>How many MAIL FROM were refused so far.</summary>
    public int Refusals => Volatile.Read(ref refusals);

    /// <summary>The first message to <paramref name="to"/> matching <paramref name="match"/> (waits for it).</summary>
    public async Task<MimeMessage> Next(string to, Func<MimeMessage, bool>? match = null, int skip = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            Task wait;
            lock (received)
            {
                var found = received.Where(m => m.To.Mailboxes.Any(b => b.Address == to) && (match?.Invoke(m) ?? true)).Skip(skip).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }

                wait = changed.Task;
            }

            if (await Task.WhenAny(wait, Task.Delay(deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero)) != wait)
            {
                throw new TimeoutException($"No mail to {to}.");
            }
        }
    }

    /// <summary>How many messages reached <paramref name="to"/> so far.</summary>
    public int CountTo(string to)
    {
        lock (received)
        {
            return received.Count(m => m.To.Mailboxes.Any(b => b.Address == to));
        }
    }

    /// <summary>Completes at the next refusal.</summary>
    public async Task WaitForRefusal(int moreThan)
    {
        while (Refusals <= moreThan)
        {
            Task wait;
            lock (received)
            {
                wait = changed.Task;
            }

            if (Refusals > moreThan)
            {
                return;
            }

            await wait.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        stop.Dispose();
    }

    private void Signal()
    {
        lock (received)
        {
            var old = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            old.SetResult();
        }
    }

    private async Task Accept()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        using var _ = client;
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test sink");
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                    case "RSET":
                    case "NOOP":
                    case "RCPT":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        if (Refusing)
                        {
                            Interlocked.Increment(ref refusals);
                            Signal();
                            await writer.WriteLineAsync("451 4.3.0 Try again later");
                        }
                        else
                        {
                            await writer.WriteLineAsync("250 OK");
                        }

                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())));
                        lock (received)
                        {
                            received.Add(message);
                        }

                        Signal();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
