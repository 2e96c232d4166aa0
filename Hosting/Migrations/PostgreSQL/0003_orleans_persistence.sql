-- 0003 - Orleans ADO.NET grain persistence for Microsoft.Orleans.Persistence.AdoNet 10.4.2.
--
-- Sources of the contract (dotnet/orleans, src/AdoNet/Orleans.Persistence.AdoNet):
--   * PostgreSQL-Persistence.sql (table, writetostorage routine, query keys);
--   * Migrations/PostgreSQL-Persistence-3.6.0.sql (ModifiedOn as timestamptz).
-- Added here: DeleteStorageKey, which the 10.4.2 provider requires only when
-- AdoNetGrainStorageOptions.DeleteStateOnClear = true (it then deletes the row instead of
-- nulling the payload).
--
-- Parameters sent by the provider: @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
-- @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary.
-- Unlike the upstream script, WriteToStorageKey does not reference @PayloadJson/@PayloadXml:
-- the 10.4.2 provider no longer sends them (grain state is always serialized to binary), and
-- Npgsql leaves an unbound "@PayloadJson" in the SQL, which PostgreSQL then parses as the
-- prefix operator @ applied to a column ("column payloadjson does not exist"). The
-- PayloadXml/PayloadJson columns are kept (always NULL) for layout compatibility.
-- Results read by the provider: the payload and Version for reads, NewGrainStateVersion for
-- writes/clears. Returning the caller's own @GrainStateVersion means "version conflict".
--
-- Rows are located by the two 32-bit hashes (narrow index); hash collisions are resolved with
-- the clear-text columns. A cleared grain keeps its row (payload NULL, Version + 1).

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    PayloadXml             xml          NULL,
    PayloadJson            text         NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IF NOT EXISTS IX_OrleansStorage
    ON OrleansStorage USING btree (GrainIdHash, GrainTypeHash);

-- Inserts (version NULL -> 1) or updates (version n -> n + 1) a grain state with optimistic
-- concurrency. Returns the new version on success, the unchanged input version on conflict.
CREATE OR REPLACE FUNCTION writetostorage(
    _grainidhash            integer,
    _grainidn0              bigint,
    _grainidn1              bigint,
    _graintypehash          integer,
    _graintypestring        character varying,
    _grainidextensionstring character varying,
    _serviceid              character varying,
    _grainstateversion      integer,
    _payloadbinary          bytea)
  RETURNS TABLE(newgrainstateversion integer)
  LANGUAGE plpgsql
AS $function$
DECLARE
    _newGrainStateVersion integer := _grainstateversion;
    RowCountVar integer := 0;
BEGIN
    -- A version is known: the state was read before, so update it if nobody else did.
    IF _grainstateversion IS NOT NULL THEN
        UPDATE OrleansStorage
        SET
            PayloadBinary = _payloadbinary,
            PayloadJson = NULL,
            PayloadXml = NULL,
            ModifiedOn = now(),
            Version = Version + 1
        WHERE
            GrainIdHash = _grainidhash AND _grainidhash IS NOT NULL
            AND GrainTypeHash = _graintypehash AND _graintypehash IS NOT NULL
            AND GrainIdN0 = _grainidn0 AND _grainidn0 IS NOT NULL
            AND GrainIdN1 = _grainidn1 AND _grainidn1 IS NOT NULL
            AND GrainTypeString = _graintypestring AND _graintypestring IS NOT NULL
            AND ((_grainidextensionstring IS NOT NULL AND GrainIdExtensionString IS NOT NULL
                  AND GrainIdExtensionString = _grainidextensionstring)
                 OR (_grainidextensionstring IS NULL AND GrainIdExtensionString IS NULL))
            AND ServiceId = _serviceid AND _serviceid IS NOT NULL
            AND Version IS NOT NULL AND Version = _grainstateversion;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar > 0 THEN
            _newGrainStateVersion := _grainstateversion + 1;
        END IF;
    END IF;

    -- No version: first write of this grain. Insert only if no row exists yet.
    IF _grainstateversion IS NULL THEN
        INSERT INTO OrleansStorage
        (
            GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
            GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version
        )
        SELECT
            _grainidhash, _grainidn0, _grainidn1, _graintypehash, _graintypestring,
            _grainidextensionstring, _serviceid, _payloadbinary, now(), 1
        WHERE NOT EXISTS
        (
            SELECT 1
            FROM OrleansStorage
            WHERE
                GrainIdHash = _grainidhash AND _grainidhash IS NOT NULL
                AND GrainTypeHash = _graintypehash AND _graintypehash IS NOT NULL
                AND GrainIdN0 = _grainidn0 AND _grainidn0 IS NOT NULL
                AND GrainIdN1 = _grainidn1 AND _grainidn1 IS NOT NULL
                AND GrainTypeString = _graintypestring AND _graintypestring IS NOT NULL
                AND ((_grainidextensionstring IS NOT NULL AND GrainIdExtensionString IS NOT NULL
                      AND GrainIdExtensionString = _grainidextensionstring)
                     OR (_grainidextensionstring IS NULL AND GrainIdExtensionString IS NULL))
                AND ServiceId = _serviceid AND _serviceid IS NOT NULL
        );

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar > 0 THEN
            _newGrainStateVersion := 1;
        END IF;
    END IF;

    RETURN QUERY SELECT _newGrainStateVersion AS NewGrainStateVersion;
END
$function$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'WriteToStorageKey', '
    SELECT * FROM writetostorage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
'),
(
    -- Column order matters: the provider may stream the payload by ordinal.
    'ReadFromStorageKey', '
    SELECT
        PayloadBinary,
        PayloadXml,
        PayloadJson,
        now(),
        Version
    FROM
        OrleansStorage
    WHERE
        GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND ((@GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL
              AND GrainIdExtensionString = @GrainIdExtensionString)
             OR (@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
'),
(
    'ClearStorageKey', '
    UPDATE OrleansStorage
    SET
        PayloadBinary = NULL,
        PayloadJson = NULL,
        PayloadXml = NULL,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE
        GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND ((@GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL
              AND GrainIdExtensionString = @GrainIdExtensionString)
             OR (@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND Version IS NOT NULL AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version AS NewGrainStateVersion;
'),
(
    -- Only used with DeleteStateOnClear = true.
    'DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE
        GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND ((@GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL
              AND GrainIdExtensionString = @GrainIdExtensionString)
             OR (@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND Version IS NOT NULL AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
