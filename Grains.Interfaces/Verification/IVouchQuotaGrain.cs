namespace Voisinage.Grains.Verification;

/// <summary>
/// The vouches a resident has given, keyed by the voucher's id: it enforces the quota (5 per 30 days).
/// Separate from the resident grain and calling no other grain, so vouch flows have no cycles.
/// </summary>
public interface IVouchQuotaGrain : IGrainWithStringKey
{
    /// <summary>Takes one vouch of the quota for a candidate, or refuses with <c>RATE_LIMITED</c> and a retry-after.</summary>
    Task Consume(string candidateId);

    /// <summary>Gives back a vouch the candidate refused.</summary>
    Task Release(string candidateId);

    /// <summary>The candidates vouched for, with when.</summary>
    Task<IReadOnlyList<VouchGiven>> GetGiven();

    /// <summary>Forgets everything (account deleted).</summary>
    Task Clear();
}

[GenerateSerializer, Immutable]
public sealed record VouchGiven([property: Id(0)] string CandidateId, [property: Id(1)] DateTimeOffset At);
