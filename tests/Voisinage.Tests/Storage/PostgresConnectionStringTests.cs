using Npgsql;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Storage;

[Trait(Category.Name, Category.Unit)]
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Statements_are_prepared_and_connections_not_reset_unless_the_operator_says_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(VoisinageOptions.WithProviderDefaults("Host=db;Username=v;Password=p;Database=voisinage"));
        Assert.Equal(32, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);

        // Behind PgBouncer in transaction mode an operator turns it off: that choice stands.
        var off = new NpgsqlConnectionStringBuilder(VoisinageOptions.WithProviderDefaults("Host=db;Max Auto Prepare=0"));
        Assert.Equal(0, off.MaxAutoPrepare);
        var own = new NpgsqlConnectionStringBuilder(VoisinageOptions.WithProviderDefaults("Host=db;MaxAutoPrepare=5;Auto Prepare Min Usages=7"));
        Assert.Equal(5, own.MaxAutoPrepare);
        Assert.Equal(7, own.AutoPrepareMinUsages);
        Assert.False(new NpgsqlConnectionStringBuilder(VoisinageOptions.WithProviderDefaults("Host=db;No Reset On Close=false")).NoResetOnClose);
    }
}
