namespace Voisinage.Grains.Organisations;

/// <summary>What an organisation is; the kind decides its identifier and the area it may serve (docs/organisations.md).</summary>
public enum OrganisationKind
{
    /// <summary>A town hall, identified by its INSEE commune code.</summary>
    Commune = 1,

    /// <summary>A public agency (fire service, prefecture…), identified by its SIRET.</summary>
    PublicAgency = 2,

    /// <summary>An association, identified by its RNA number.</summary>
    Association = 3,

    /// <summary>A local business or producer, identified by its SIRET; the only kind with a public address.</summary>
    Business = 4,
}

/// <summary>Where an organisation stands with the operators.</summary>
public enum OrganisationStatus
{
    /// <summary>Created, waiting for an operator: visible, but it may not publish.</summary>
    Pending = 1,

    /// <summary>Verified by an operator: it may publish under its name.</summary>
    Verified = 2,

    /// <summary>Refused by an operator, with a reason.</summary>
    Rejected = 3,
}

/// <summary>A member's role in an organisation.</summary>
public enum OrganisationRole
{
    /// <summary>Manages members and publishes.</summary>
    Admin = 1,

    /// <summary>Publishes.</summary>
    Editor = 2,
}

/// <summary>What an organisation log entry records.</summary>
public enum OrganisationLogAction
{
    Created = 1,
    Verified = 2,
    Rejected = 3,
    MemberAdded = 4,
    RoleChanged = 5,
    MemberRemoved = 6,

    /// <summary>The area served was drawn or redrawn (the detail: how many home cells).</summary>
    AreaSet = 7,

    /// <summary>An association's or business's reach was set (the detail: the neighbourhoods or the radius, and how many home cells).</summary>
    ReachSet = 8,

    /// <summary>A member's account was deleted: they left (the resident is "deleted" in the whole log).</summary>
    MemberDeleted = 9,

    /// <summary>The last admin's account was deleted: the longest-standing editor became admin (the resident concerned).</summary>
    AdminSucceeded = 10,

    /// <summary>The last member's account was deleted: nobody acts for the organisation until an operator names an admin.</summary>
    Orphaned = 11,
}
