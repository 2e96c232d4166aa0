using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
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

        // Past the rotation period (90 days): a fresh key is published at once and signs one prune interval (an hour)
        // later, when every running front-end has read it; the old one stays published.
        var published = FrontEnd(storage, Start.AddDays(91));
        Assert.Equal(2, published.SigningKeys.Count);
        Assert.Equal(Ids(first.SigningKeys)[0], published.SigningKeys[0].KeyId);
        Assert.Equal(2, published.EncryptionKeys.Count);
        Assert.Equal(Ids(first.EncryptionKeys)[0], published.EncryptionKeys[0].KeyId);
        var rotated = FrontEnd(storage, Start.AddDays(91).AddHours(1));
        Assert.Equal([published.SigningKeys[1].KeyId, first.SigningKeys[0].KeyId], Ids(rotated.SigningKeys));
        Assert.Equal([published.EncryptionKeys[1].KeyId, first.EncryptionKeys[0].KeyId], Ids(rotated.EncryptionKeys));
        Assert.Equal(first.PairwiseSecret, rotated.PairwiseSecret);

        // Past the retention (30 days after its replacement), the old key is gone.
        var later = FrontEnd(storage, Start.AddDays(91 + 31));
        Assert.Equal([rotated.SigningKeys[0].KeyId], Ids(later.SigningKeys));
        Assert.Equal(first.PairwiseSecret, later.PairwiseSecret);
    }

    [Fact]
    public async Task A_running_front_end_publishes_a_new_key_at_its_next_pass_and_signs_with_it_one_pass_later()
    {
        var folder = Path.Combine(Path.GetTempPath(), "voisinage-tests", Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddVoisinagePartners(new ConfigurationBuilder().Build(), new VoisinageOptions { Storage = StorageMode.Embedded, DataDirectory = folder });
        try
        {
            await using var provider = services.BuildServiceProvider();
            var keys = provider.GetRequiredService<PartnerKeyRing>();
            var pruning = provider.GetRequiredService<PartnerPruning>();
            var server = provider.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>();
            var first = keys.SigningKeys.Single().KeyId;
            Assert.Equal([first], server.CurrentValue.SigningCredentials.Select(c => c.Key.KeyId));

            // Within the period a pass changes nothing; past it, the pass rotates and OpenIddict's options follow
            // without a restart: the new key signs, the old one stays published for the tokens it signed.
            clock.Advance(TimeSpan.FromDays(89));
            await pruning.PruneOnce(CancellationToken.None);
            Assert.Equal([first], server.CurrentValue.SigningCredentials.Select(c => c.Key.KeyId));
            clock.Advance(TimeSpan.FromDays(2));
            await pruning.PruneOnce(CancellationToken.None);
            var rotated = keys.SigningKeys[1].KeyId;
            Assert.NotEqual(first, rotated);
            Assert.Equal([first, rotated], server.CurrentValue.SigningCredentials.Select(c => c.Key.KeyId));
            Assert.Equal(2, server.CurrentValue.EncryptionCredentials.Count);

            // One pass later every front-end knows the new key: it signs and encrypts from now on.
            clock.Advance(TimeSpan.FromHours(1));
            await pruning.PruneOnce(CancellationToken.None);
            Assert.Equal([rotated, first], server.CurrentValue.SigningCredentials.Select(c => c.Key.KeyId));
            Assert.Equal(keys.EncryptionKeys[0].KeyId, server.CurrentValue.EncryptionCredentials[0].Key.KeyId);
            Assert.NotEqual(keys.EncryptionKeys[1].KeyId, server.CurrentValue.EncryptionCredentials[0].Key.KeyId);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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
