namespace Voisinage.Geo;

/// <summary>A point on the sphere, in degrees.</summary>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lng">Longitude in degrees.</param>
public readonly record struct LatLng(double Lat, double Lng);
