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
}

/// <summary>How a change applies to a neighbourhood's copy of an alert, wherever the copy is kept.</summary>
public static class AlertChanges
{
    public static Alert ApplyTo(Alert current, AlertChange change) => current with
    {
        ResolvedAt = change.ResolvedAt ?? current.ResolvedAt,
        Hidden = current.Hidden || change.Hidden,
        RaiserPseudo = change.RaiserErased ? Alert.ErasedPseudo : current.RaiserPseudo,
    };
}
