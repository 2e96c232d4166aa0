using Microsoft.EntityFrameworkCore;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// The OpenID Connect provider's tables (OpenIddict's applications, authorizations, scopes and tokens) and its keys, in the
/// product's database: a SQLite file beside the embedded one, or the <c>partners</c> schema of the PostgreSQL database.
/// </summary>
public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema holding these tables (SQLite has none).</summary>
    public const string Schema = "partners";

    public DbSet<PartnerKey> Keys => Set<PartnerKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<PartnerKey>(key =>
        {
            key.ToTable("PartnerKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).HasMaxLength(64);
            key.Property(k => k.Use).HasMaxLength(8);
        });
    }
}

/// <summary>
/// A signing (RSA, PKCS#8), encryption (AES-256) or pairwise-subject (HMAC-SHA256) key of the provider, created by the first front-end that needed one
/// and shared by all through the database (docs/partners.md, "Keys and rotation").
/// </summary>
public sealed class PartnerKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";
    public const string Pairwise = "sub";

    public required string Id { get; set; }

    /// <summary><see cref="Signing"/>, <see cref="Encryption"/> or <see cref="Pairwise"/>.</summary>
    public required string Use { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required byte[] Material { get; set; }
}
