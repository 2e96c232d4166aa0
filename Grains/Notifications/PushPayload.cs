using System.Text;
using System.Text.Json;
namespace Voisinage.Grains.Notifications;

/// <summary>
/// What a Web Push message carries (JSON, read by web/src/sw.ts): the alert's or announcement's id (the service worker
/// drops a push it already showed, and uses it as the notification's tag), its type, kind, title, body and the page to
/// open. Nothing about anyone's home: no cell, no neighbourhood, no raiser or author id.
/// </summary>
public static class PushPayload
{
    /// <summary>
    /// Most plaintext one aes128gcm record of 4,096 bytes holds (RFC 8291 §4: 4,096 − 86 header − 16 tag − 1 padding
    /// delimiter), which is what every push service accepts.
    /// </summary>
    public const int MaxBytes = 3993;

    public static string For(PushNotice notice)
    {
        var body = notice.Body;
        while (true)
        {
            var json = JsonSerializer.Serialize(new
            {
                id = notice.Id,
                type = notice.Type,
                kind = notice.Kind,
                title = notice.Title,
                body,
                urgent = notice.Urgent,
                url = notice.Url,
                at = notice.At,
            });

            // JSON escapes may take up to 6 bytes per character: shorten the body until the whole payload fits.
            var size = Encoding.UTF8.GetByteCount(json);
            if (size <= MaxBytes || body.Length == 0)
            {
                return json;
            }

            body = string.Concat(body.AsSpan(0, Math.Max(0, body.Length - Math.Max(1, (size - MaxBytes + 5) / 2) - 1)), "…");
        }
    }
}
