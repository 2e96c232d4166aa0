using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Alerts;

/// <summary>Input rules of a new alert, checked before anything is recorded.</summary>
public static class AlertRules
{
    public static AlertDraft Validate(AlertDraft draft, AlertOptions options)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw VoisinageException.BadInput("Unknown alert kind.");
        }

        var title = (draft.Title ?? string.Empty).Trim();
        var body = (draft.Body ?? string.Empty).Trim();
        if (title.Length is 0 || title.Length > options.TitleMaxLength)
        {
            throw VoisinageException.BadInput($"The title must have 1 to {options.TitleMaxLength} characters.");
        }

        if (body.Length > options.BodyMaxLength)
        {
            throw VoisinageException.BadInput($"The body may have at most {options.BodyMaxLength} characters.");
        }

        if (draft.RadiusMeters < 0 || draft.RadiusMeters > options.MaxRadiusMeters)
        {
            throw VoisinageException.BadInput($"radiusMeters must be between 0 and {options.MaxRadiusMeters}.");
        }

        return draft with { Title = title, Body = body };
    }

    /// <summary>
    /// The coarse cell (res 9, a block) of an alert's place, or null when the raiser gave none. The place must lie within
    /// the largest alert radius (<see cref="AlertOptions.MaxRadiusMeters"/>) of the raiser's block: an alert is about the
    /// raiser's surroundings. Otherwise <c>BAD_USER_INPUT</c>.
    /// </summary>
    public static string? PlaceCell(AlertPoint? place, H3Index raiserBlock, AlertOptions options)
    {
        if (place is null)
        {
            return null;
        }

        var cell = Cells.At(place.Lat, place.Lng, Cells.BlockResolution);
        if (H3.DistanceMeters(H3.CellToLatLng(cell), H3.CellToLatLng(raiserBlock)) > options.MaxRadiusMeters)
        {
            throw VoisinageException.BadInput($"place: at most {options.MaxRadiusMeters} m from your neighbourhood.");
        }

        return cell.ToString();
    }
}

/// <summary>How a change applies to a neighbourhood's copy of an alert, wherever the copy is kept.</summary>
public static class AlertChanges
{
    public static Alert ApplyTo(Alert current, AlertChange change) => current with
    {
        ResolvedAt = change.ResolvedAt ?? current.ResolvedAt,
        Hidden = current.Hidden || change.Hidden,
        RaiserPseudo = change.RaiserErased ? Alert.ErasedPseudo : current.RaiserPseudo,
        RaiserId = change.RaiserErased ? Residents.ResidentIds.Deleted : current.RaiserId,
    };
}
