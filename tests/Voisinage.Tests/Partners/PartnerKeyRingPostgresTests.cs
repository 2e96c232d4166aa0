using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Storage;

namespace Voisinage.Tests.Partners;

/// <summary>The provider's keys on PostgreSQL: every front-end shares them through the <c>partners</c> schema.</summary>
[Trait(Category.Name, Category.Postgres)]
public sealed class PartnerKeyRingPostgresTests
{
    [Fact]
    public async Task PostgreSQL_front_ends_share_the_keys_in_the_partners_schema()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        PartnerKeyRingTests.RotatesAndShares(new VoisinageOptions { Storage = StorageMode.PostgreSQL, PostgresConnectionString = db.ConnectionString });
        Assert.Equal(1, await db.CountAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'partners' AND table_name = 'OpenIddictApplications'"));
    }
}
