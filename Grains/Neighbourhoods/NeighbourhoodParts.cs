using Microsoft.Extensions.DependencyInjection;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// One part every neighbourhood has (see <see cref="INeighbourhoodPart"/>), resolved from DI by the neighbourhood
/// grain: merges, splits and re-foundings call each registered part, in registration order, and name none.
/// </summary>
/// <param name="Name">The part's grain interface, for logs.</param>
/// <param name="Of">The part's grain for a neighbourhood id.</param>
public sealed record NeighbourhoodPart(string Name, Func<IGrainFactory, string, INeighbourhoodPart> Of);

/// <summary>Registration of neighbourhood parts.</summary>
public static class NeighbourhoodPartServices
{
    /// <summary>Makes <typeparamref name="TPart"/> (a grain keyed by neighbourhood id) follow its neighbourhood through merges and splits.</summary>
    public static IServiceCollection AddNeighbourhoodPart<TPart>(this IServiceCollection services)
        where TPart : INeighbourhoodPart
    {
        var name = typeof(TPart).Name;
        if (!services.Any(d => d.ImplementationInstance is NeighbourhoodPart part && part.Name == name))
        {
            services.AddSingleton(new NeighbourhoodPart(name, (grains, id) => grains.GetGrain<TPart>(id)));
        }

        return services;
    }
}
