using MimeKit;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Email;

/// <summary>The embedded default with no SMTP host: each email becomes an <c>.eml</c> file in <c>&lt;DataDirectory&gt;/mail</c>.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class MailFolderTests(EmbeddedApi api)
{
    [Fact]
    public async Task Without_smtp_the_confirmation_is_written_as_an_eml_file_in_the_data_directory()
    {
        var folder = Path.Combine(api.DataDirectory, "mail");
        Directory.CreateDirectory(folder);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(folder, "*.eml") { EnableRaisingEvents = true };
        watcher.Renamed += (_, _) => written.TrySetResult();
        watcher.Created += (_, _) => written.TrySetResult();

        var (_, _, _, email) = await api.Register();
        MimeMessage? mail = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (mail is null)
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml"))
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email))
                {
                    mail = message;
                }
            }

            if (mail is null)
            {
                Assert.True(DateTime.UtcNow < deadline, $"no .eml file for {email} in {folder}");
                await Task.WhenAny(written.Task, Task.Delay(TimeSpan.FromSeconds(1)));
                written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        Assert.Equal("Confirmez votre adresse email", mail.Subject);
        Assert.Contains("http://localhost:5080/confirmer-email?jeton=", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.HtmlBody);
    }
}
