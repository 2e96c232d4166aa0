using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Partners;

namespace Voisinage.Tests.Partners;

/// <summary>
/// The provider's keys (docs/partners.md, "Keys and rotation"): made once and shared by every front-end through the
/// database, replaced after the rotation period while the old one stays published, then dropped after the retention.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PartnerKeyRingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A front-end's provider services on this storage, at this time (each call: a freshly started front-end).</summary>
    internal static PartnerKeyRing FrontEnd(VoisinageOptions storage, DateTimeOffset now)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        services.AddVoisinagePartners(new ConfigurationBuilder().Build(), storage);
        return services.BuildServiceProvider().GetRequiredService<PartnerKeyRing>();
    }

    private static string[] Ids(IEnumerable<SecurityKey> keys) => [.. keys.Select(k => k.KeyId)];

    internal static void RotatesAndShares(VoisinageOptions storage)
    {
        var first = FrontEnd(storage, Start);
        var second = FrontEnd(storage, Start.AddDays(1));
        Assert.Single(first.SigningKeys);
        Assert.Equal(Ids(first.SigningKeys), Ids(second.SigningKeys));
        Assert.Equal(Ids(first.EncryptionKeys), Ids(second.EncryptionKeys));
        Assert.Equal(first.PairwiseSecret, second.PairwiseSecret);

        // Past the rotation period (90 days): a fresh key signs, the old one stays published.
        var rotated = FrontEnd(storage, Start.AddDays(91));
        Assert.Equal(2, rotated.SigningKeys.Count);
        Assert.Equal(Ids(first.SigningKeys)[0], rotated.SigningKeys[1].KeyId);
        Assert.Equal(2, rotated.EncryptionKeys.Count);
        Assert.Equal(first.PairwiseSecret, rotated.PairwiseSecret);

        // Past the retention (30 days after its replacement), the old key is gone.
        var later = FrontEnd(storage, Start.AddDays(91 + 31));
        Assert.Equal([rotated.SigningKeys[0].KeyId], Ids(later.SigningKeys));
        Assert.Equal(first.PairwiseSecret, later.PairwiseSecret);
    }

    [Fact]
    public void Embedded_keys_are_made_once_rotated_and_retired_in_the_SQLite_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "voisinage-tests", Guid.NewGuid().ToString("N"));
        try
        {
            RotatesAndShares(new VoisinageOptions { Storage = StorageMode.Embedded, DataDirectory = folder });
            Assert.True(File.Exists(Path.Combine(folder, "partners.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
