-- 0001 - Orleans ADO.NET common objects (PostgreSQL).
--
-- The Orleans ADO.NET providers (clustering, grain persistence, reminders) ship no SQL.
-- At start-up each provider runs "SELECT QueryKey, QueryText FROM OrleansQuery" and caches
-- the statements it needs, keyed by QueryKey. Table name, column names, query keys,
-- parameter names (@Name) and result column names are the providers' contract and must not
-- be renamed. Identifiers are unquoted, so PostgreSQL folds them to lower case; the providers
-- send them unquoted too.
--
-- Based on dotnet/orleans src/AdoNet/Shared/PostgreSQL-Main.sql (unchanged since Orleans 3.x).
-- The migrator runs this file exactly once, inside a transaction.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
