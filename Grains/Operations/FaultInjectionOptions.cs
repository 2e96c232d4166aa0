namespace Voisinage.Grains.Operations;

/// <summary>
/// Crash hooks for the real-process crash tests, bound from <c>Voisinage:FaultInjection</c> and off (empty) by default.
/// With <see cref="CrashMarker"/> set, a silo stops its process at once (<see cref="Environment.FailFast(string)"/>) at a
/// named point of a durable process when the data it handles carries the marker: a post's text (after the post is saved
/// with its feed delivery pending, before the feed has it) or a resident's pseudo (an account closure, after its third
/// step is saved). Never set it in production.
/// </summary>
public sealed class FaultInjectionOptions
{
    public const string Section = "Voisinage:FaultInjection";

    public string? CrashMarker { get; set; }

    /// <summary>Stops the process when <paramref name="data"/> carries the marker; returns otherwise.</summary>
    public void CrashIfMarked(string? data, string point)
    {
        if (CrashMarker is { Length: > 0 } marker && data is not null && data.Contains(marker, StringComparison.Ordinal))
        {
            Environment.FailFast($"Voisinage:FaultInjection:CrashMarker: crashing at '{point}'.");
        }
    }
}
