using Microsoft.Extensions.Options;
using MimeKit;

namespace Voisinage.Grains.Email;

/// <summary>
/// The embedded default when no SMTP host is configured: each message becomes an <c>.eml</c> file in the mail folder
/// (any mail client opens it), named by its time and id. Written to a temporary name first, then renamed, so a reader
/// never sees half a file.
/// </summary>
internal sealed class FolderMailTransport(IOptions<EmailOptions> options, TimeProvider clock) : IMailTransport
{
    public async Task Send(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = options.Value.Directory ?? throw new InvalidOperationException("Voisinage:Email:Directory is not set.");
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var path = Path.Combine(folder, name);
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
