using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The organisations one resident belongs to, keyed by the resident id: it creates theirs (choosing the id) and is told
/// by each organisation when the resident joins or leaves, so "my organisations" is one call.
/// </summary>
public interface IResidentOrganisationsGrain : IGrainWithStringKey
{
    /// <summary>Creates an organisation with this resident as its admin (see <see cref="IOrganisationGrain.Create"/>).</summary>
    Task<Organisation> Create(OrganisationDraft draft);

    /// <summary>Records that the resident is a member of the organisation (idempotent).</summary>
    Task Joined(string organisationId);

    /// <summary>Records that the resident left the organisation (idempotent).</summary>
    Task Left(string organisationId);

    /// <summary>
    /// The verified organisations whose area holds the resident's home (town halls and agencies): the home cell is read
    /// here, on the silo, and never returned.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<Organisation>> Serving();

    /// <summary>The ids of the resident's organisations, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> List();

    /// <summary>
    /// Records that the resident recommends the organisation (idempotent): noted by the recommendations grain before it
    /// saves the recommendation, so that their export lists it and their account closure withdraws it.
    /// </summary>
    Task Recommended(string organisationId);

    /// <summary>Records that the resident withdrew their recommendation (idempotent).</summary>
    Task Unrecommended(string organisationId);

    /// <summary>The ids of the organisations the resident recommends, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Recommendations();

    /// <summary>
    /// Account closure: leaves every organisation (<see cref="IOrganisationGrain.RemoveDeletedMember"/>), withdraws every
    /// recommendation, erases the announcements received and the hidden advertisers, then this record. Idempotent.
    /// </summary>
    Task Forget();
}
