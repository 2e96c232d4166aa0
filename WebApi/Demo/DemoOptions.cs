namespace Voisinage.WebApi.Demo;

/// <summary>Demo mode (<c>--Voisinage:Demo=true</c>): embedded mode starts with a living neighbourhood around Dinan.</summary>
public sealed class DemoOptions
{
    public const string Key = "Voisinage:Demo";

    public bool Enabled { get; set; }
}
