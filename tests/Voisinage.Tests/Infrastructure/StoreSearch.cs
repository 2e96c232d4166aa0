using System.Text;
using Microsoft.Data.Sqlite;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// Searches every table of an embedded SQLite store, every column as text and as bytes (grain states are binary
/// payloads; a grain's string key is a column of its row), for what identifies a closed account.
/// </summary>
public static class StoreSearch
{
    /// <summary>Each row of the SQLite store in <paramref name="dataDirectory"/> holding <paramref name="text"/> in a column, as text or as its UTF-8 bytes: its table and first columns.</summary>
    public static List<string> RowsHolding(string dataDirectory, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Rows(dataDirectory, (values, _) => values.Any(v => v is string s ? s.Contains(text, StringComparison.Ordinal) : v is byte[] b && b.AsSpan().IndexOf(bytes) >= 0));
    }

    /// <summary>
    /// Each grain state row keyed by <paramref name="guidKey"/>, a GUID in its 32-digit form (every resident id). Such a
    /// key is not stored as text, so <see cref="RowsHolding"/> misses it: Orleans' ADO.NET storage keeps it as the two
    /// 64-bit halves of the GUID's bytes (GrainIdN0, GrainIdN1).
    /// </summary>
    public static List<string> RowsKeyedBy(string dataDirectory, string guidKey)
    {
        var bytes = Guid.ParseExact(guidKey, "N").ToByteArray();
        var (n0, n1) = (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
        return Rows(dataDirectory, (_, reader) => KeyHalves(reader) == (n0, n1));
    }

    private static List<string> Rows(string dataDirectory, Func<List<object?>, SqliteDataReader, bool> holds)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "voisinage.db")};Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains(tables, t => t.Equals("OrleansStorage", StringComparison.OrdinalIgnoreCase));
        var holding = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
                if (holds(values, reader))
                {
                    holding.Add($"{table}: {string.Join('|', values.Where(v => v is string).Take(4))}");
                }
            }
        }

        return holding;
    }

    /// <summary>The GrainIdN0 and GrainIdN1 columns of an Orleans storage row, or null in any other table.</summary>
    private static (long N0, long N1)? KeyHalves(SqliteDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, StringComparer.OrdinalIgnoreCase);
        return columns.TryGetValue("GrainIdN0", out var n0) && columns.TryGetValue("GrainIdN1", out var n1) && !reader.IsDBNull(n0) && !reader.IsDBNull(n1)
            ? (reader.GetInt64(n0), reader.GetInt64(n1))
            : null;
    }
}
