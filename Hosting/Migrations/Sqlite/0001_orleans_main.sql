-- 0001 - Orleans ADO.NET common objects (SQLite, Microsoft.Data.Sqlite).
--
-- The Orleans ADO.NET providers ship no SQL: at start-up they run
-- "SELECT QueryKey, QueryText FROM OrleansQuery" and cache the statements by QueryKey.
-- Table, column, key and parameter names are the providers' contract.
--
-- Based on dotnet/orleans src/AdoNet/Shared/Sqlite-Main.sql.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
