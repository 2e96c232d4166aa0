namespace Voisinage.WebApi.Demo;

/// <summary>The demo's residents (README lists them): all share one password, shown by <c>appConfig</c> in demo mode.</summary>
public static class DemoData
{
    public const string Password = "voisinage-demo";

    /// <summary>Rue de la Ferronnerie, Dinan: the demo neighbourhood's centre.</summary>
    public const double Latitude = 48.4556;

    public const double Longitude = -2.0503;

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("claire", Password, "fondatrice et responsable du quartier"),
        new("yannick", Password, "voisin vérifié, organise l’achat groupé"),
        new("soizic", Password, "voisine vérifiée, prête et donne"),
        new("malo", Password, "voisin vérifié, covoiturage domicile–travail"),
        new("gwenaelle", Password, "voisine vérifiée, association du quartier"),
    ];
}
