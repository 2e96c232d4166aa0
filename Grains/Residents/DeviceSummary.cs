namespace Voisinage.Grains.Residents;

/// <summary>
/// What a session list shows of a device: the browser family and the operating system read from the user agent, so a
/// resident recognises "Firefox, Android" without the server keeping the full user agent (a fingerprinting aid).
/// </summary>
internal readonly record struct DeviceSummary(string? Browser, string? System)
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Windows", "Windows"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static DeviceSummary Of(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) ? default : new(First(Browsers, userAgent), First(Systems, userAgent));

    private static string? First((string Token, string Name)[] known, string userAgent) =>
        known.FirstOrDefault(k => userAgent.Contains(k.Token, StringComparison.Ordinal)).Name;
}
