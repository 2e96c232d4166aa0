using System.Text;
using Microsoft.Data.Sqlite;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// Searches every table of an embedded SQLite store, every column as text and as bytes (grain states are binary
/// payloads; a grain's key is a column of its row), for what identifies a closed account.
/// </summary>
public static class StoreSearch
{
    /// <summary>Each row of the SQLite store in <paramref name="dataDirectory"/> holding <paramref name="text"/> in a column, as text or as its UTF-8 bytes: its table and first columns.</summary>
    public static List<string> RowsHolding(string dataDirectory, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
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
                if (values.Any(v => v is string s ? s.Contains(text, StringComparison.Ordinal) : v is byte[] b && b.AsSpan().IndexOf(bytes) >= 0))
                {
                    holding.Add($"{table}: {string.Join('|', values.Where(v => v is string).Take(4))}");
                }
            }
        }

        return holding;
    }
}
