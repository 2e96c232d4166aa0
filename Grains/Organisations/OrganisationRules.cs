namespace Voisinage.Grains.Organisations;

/// <summary>The shape of an organisation's public data, checked before anything is spent or written.</summary>
internal static class OrganisationRules
{
    public const int MaxName = 100;
    public const int MaxDescription = 2000;
    public const int MaxHours = 500;
    public const int MaxAddress = 200;
    public const int MaxReason = 500;

    /// <summary>Members per organisation: enough for a town hall's staff, and a bound on what an admin can grow.</summary>
    public const int MaxMembers = 50;

    /// <summary>The draft with its texts trimmed and its identifier normalised, or the refusal.</summary>
    public static OrganisationDraft Validate(OrganisationDraft draft)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw VoisinageException.BadInput("Unknown organisation kind.");
        }

        var name = TextRules.Text(draft.Name, "name", MaxName);
        if (name.Length < 3)
        {
            throw VoisinageException.BadInput($"An organisation's name has 3 to {MaxName} characters.");
        }

        var address = TextRules.Text(draft.PublicAddress, "publicAddress", MaxAddress, required: false);
        if (draft.Kind == OrganisationKind.Business && address.Length == 0)
        {
            throw VoisinageException.BadInput("A business gives its public address.");
        }

        // Only a business's premises are public; anything else would be someone's home or an office nobody asked for.
        if (draft.Kind != OrganisationKind.Business && address.Length > 0)
        {
            throw VoisinageException.BadInput("Only a business has a public address.");
        }

        var premises = OrganisationReachRules.Premises(draft.Kind, draft.Latitude, draft.Longitude);
        return new OrganisationDraft(
            draft.Kind,
            name,
            OrganisationIdentifiers.Validate(draft.Kind, draft.Identifier),
            TextRules.Text(draft.Description, "description", MaxDescription, required: false),
            TextRules.Text(draft.Hours, "hours", MaxHours, required: false),
            address.Length > 0 ? address : null)
        {
            Latitude = premises?.Lat,
            Longitude = premises?.Lng,
        };
    }
}
