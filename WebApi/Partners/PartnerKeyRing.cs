using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// Creates the provider's tables and keys in the database when missing, and rotates the keys: a front-end starting when
/// the newest signing (or encryption) key is older than <see cref="PartnersOptions.KeyRotation"/> adds a fresh one, which
/// signs from then on; older keys stay published (signing) or usable for decryption for
/// <see cref="PartnersOptions.KeyRetention"/> after their replacement, then are deleted. Every front-end reads the same
/// rows, so tokens signed by one are checked by all.
/// </summary>
public sealed class PartnerKeyRing(IServiceScopeFactory scopes, IOptions<PartnersOptions> options, TimeProvider clock)
{
    private readonly Lazy<(IReadOnlyList<SecurityKey> Signing, IReadOnlyList<SecurityKey> Encryption, byte[] Pairwise)> _keys =
        new(() => Load(scopes, options.Value, clock.GetUtcNow()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Signing keys, newest (the one used to sign) first.</summary>
    public IReadOnlyList<SecurityKey> SigningKeys => _keys.Value.Signing;

    /// <summary>Encryption keys, newest (the one used to encrypt) first.</summary>
    public IReadOnlyList<SecurityKey> EncryptionKeys => _keys.Value.Encryption;

    /// <summary>The secret behind pairwise subjects (<see cref="PairwiseSubject"/>): never rotated, or every partner would see new users.</summary>
    public byte[] PairwiseSecret => _keys.Value.Pairwise;

    private static (IReadOnlyList<SecurityKey>, IReadOnlyList<SecurityKey>, byte[]) Load(IServiceScopeFactory scopes, PartnersOptions options, DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        CreateTables(db);

        // One front-end at a time decides about rotation (the others then read its keys).
        using var transaction = db.Database.BeginTransaction(System.Data.IsolationLevel.Serializable);
        if (db.Database.IsNpgsql())
        {
            db.Database.ExecuteSqlRaw("SELECT pg_advisory_xact_lock(2300231)");
        }

        var keys = db.Keys.ToList();
        foreach (var use in new[] { PartnerKey.Signing, PartnerKey.Encryption, PartnerKey.Pairwise })
        {
            var newest = keys.Where(k => k.Use == use).MaxBy(k => k.CreatedAt);
            if (newest is null || (use != PartnerKey.Pairwise && now - newest.CreatedAt >= options.KeyRotation))
            {
                var fresh = new PartnerKey { Id = Guid.NewGuid().ToString("N"), Use = use, CreatedAt = now, Material = NewMaterial(use) };
                db.Keys.Add(fresh);
                keys.Add(fresh);
            }
        }

        // A key replaced for longer than the retention signs and decrypts nothing still alive: gone.
        var expired = keys
            .GroupBy(k => k.Use)
            .SelectMany(g => g.OrderByDescending(k => k.CreatedAt).Zip(g.OrderByDescending(k => k.CreatedAt).Skip(1), (newer, older) => (newer, older)))
            .Where(p => now - p.newer.CreatedAt > options.KeyRetention)
            .Select(p => p.older)
            .ToList();
        db.Keys.RemoveRange(expired);
        db.SaveChanges();
        transaction.Commit();

        var live = keys.Except(expired).OrderByDescending(k => k.CreatedAt).ToList();
        return (live.Where(k => k.Use == PartnerKey.Signing).Select(ToSigningKey).ToList(),
                live.Where(k => k.Use == PartnerKey.Encryption).Select(k => (SecurityKey)new SymmetricSecurityKey(k.Material) { KeyId = k.Id }).ToList(),
                live.Where(k => k.Use == PartnerKey.Pairwise).MinBy(k => k.CreatedAt)!.Material);
    }

    /// <summary>Creates the tables unless they exist (the embedded SQLite file, or the PostgreSQL schema beside the silos' tables).</summary>
    private static void CreateTables(PartnersDbContext db)
    {
        if (!db.Database.IsNpgsql())
        {
            db.Database.EnsureCreated();
            return;
        }

        using var transaction = db.Database.BeginTransaction();
        db.Database.ExecuteSqlRaw("SELECT pg_advisory_xact_lock(2300230)");
        db.Database.ExecuteSqlRaw($"CREATE SCHEMA IF NOT EXISTS {PartnersDbContext.Schema}");
        var exists = db.Database.SqlQueryRaw<bool>(
            $"SELECT to_regclass('{PartnersDbContext.Schema}.\"PartnerKeys\"') IS NOT NULL AS \"Value\"").AsEnumerable().Single();
        if (!exists)
        {
            db.GetService<IRelationalDatabaseCreator>().CreateTables();
        }

        transaction.Commit();
    }

    private static byte[] NewMaterial(string use)
    {
        if (use != PartnerKey.Signing)
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKey();
    }

    private static SecurityKey ToSigningKey(PartnerKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.Material, out _);
        return new RsaSecurityKey(rsa) { KeyId = key.Id };
    }
}
