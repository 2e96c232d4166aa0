using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// Creates the provider's tables and keys in the database when missing, and rotates the keys: when the newest signing
/// (or encryption) key is older than <see cref="PartnersOptions.KeyRotation"/>, the first front-end to look (at start, or
/// at its next <see cref="Refresh"/>) adds a fresh one, which signs from one prune interval later on; older keys stay published (signing) or
/// usable for decryption for <see cref="PartnersOptions.KeyRetention"/> after their replacement, then are deleted. Every
/// front-end reads the same rows, so tokens signed by one are checked by all.
/// </summary>
public sealed class PartnerKeyRing(IServiceScopeFactory scopes, IOptions<PartnersOptions> options, TimeProvider clock) : IDisposable
{
    private readonly Lock _gate = new();
    private KeySet? _current;
    private CancellationTokenSource _changed = new();

    /// <summary>Signing keys, the one used to sign first (the newest, once a prune interval old), then the newest first.</summary>
    public IReadOnlyList<SecurityKey> SigningKeys => Current.Signing;

    /// <summary>Encryption keys, in the same order as <see cref="SigningKeys"/>.</summary>
    public IReadOnlyList<SecurityKey> EncryptionKeys => Current.Encryption;

    /// <summary>The secret behind pairwise subjects (<see cref="PairwiseSubject"/>): never rotated, or every partner would see new users.</summary>
    public byte[] PairwiseSecret => Current.Pairwise;

    private KeySet Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } keys)
            {
                return keys;
            }

            lock (_gate)
            {
                return _current ??= Load(scopes, options.Value, clock.GetUtcNow());
            }
        }
    }

    /// <summary>
    /// Reads the keys again, rotating and retiring what is due, so that a front-end running for longer than the rotation
    /// period signs with the new key too. Returns whether the keys changed; when they did, <see cref="Changes"/> fires
    /// (OpenIddict then rebuilds its options with them).
    /// </summary>
    public bool Refresh()
    {
        var fresh = Load(scopes, options.Value, clock.GetUtcNow());
        CancellationTokenSource changed;
        lock (_gate)
        {
            var old = _current;
            _current = fresh;
            if (old is null || (Ids(old.Signing).SequenceEqual(Ids(fresh.Signing)) && Ids(old.Encryption).SequenceEqual(Ids(fresh.Encryption))))
            {
                return false;
            }

            changed = _changed;
            _changed = new CancellationTokenSource();
        }

        changed.Cancel();
        changed.Dispose();
        return true;
    }

    /// <summary>Fires once, at the next change of the keys (an options change token).</summary>
    public IChangeToken Changes()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _changed.Dispose();
        }
    }

    private static IEnumerable<string> Ids(IReadOnlyList<SecurityKey> keys) => keys.Select(k => k.KeyId);

    private sealed record KeySet(IReadOnlyList<SecurityKey> Signing, IReadOnlyList<SecurityKey> Encryption, byte[] Pairwise);

    private static KeySet Load(IServiceScopeFactory scopes, PartnersOptions options, DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        CreateTables(db);

        // One front-end at a time decides about rotation (the others then read its keys). On PostgreSQL the advisory
        // lock serialises them and read committed lets the next one see what the previous committed (a serializable
        // transaction took its snapshot before the lock and failed with 40001 when two front-ends started together);
        // SQLite's transactions are serializable anyway.
        using var transaction = db.Database.IsNpgsql()
            ? db.Database.BeginTransaction(System.Data.IsolationLevel.ReadCommitted)
            : db.Database.BeginTransaction(System.Data.IsolationLevel.Serializable);
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

        // A new key is published (JWKS, decryption) at once but used only after every front-end has had a pass to read
        // it (one prune interval): a token signed or a code encrypted by one front-end is then understood by all.
        var live = keys.Except(expired).OrderByDescending(k => k.CreatedAt).ToList();
        var activation = options.PruneInterval > TimeSpan.Zero ? options.PruneInterval : TimeSpan.Zero;
        List<PartnerKey> InUseOrder(string use)
        {
            var ofUse = live.Where(k => k.Use == use).ToList();
            var active = ofUse.FirstOrDefault(k => now - k.CreatedAt >= activation) ?? ofUse[^1];
            return [active, .. ofUse.Where(k => k != active)];
        }

        return new KeySet(InUseOrder(PartnerKey.Signing).Select(ToSigningKey).ToList(),
                InUseOrder(PartnerKey.Encryption).Select(k => (SecurityKey)new SymmetricSecurityKey(k.Material) { KeyId = k.Id }).ToList(),
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
