-- 0002 - Orleans ADO.NET clustering (membership) for Microsoft.Orleans.Clustering.AdoNet 10.4.2.
--
-- Sources of the contract (dotnet/orleans, src/AdoNet/Orleans.Clustering.AdoNet):
--   * PostgreSQL-Clustering.sql (3.6+ layout: timestamptz columns, no MetadataJson column -
--     the 10.4.2 provider neither sends @MetadataJson nor reads a MetadataJson column);
--   * Migrations/PostgreSQL-Clustering-3.7.0.sql (adds CleanupDefunctSiloEntriesKey);
--   * Migrations/PostgreSQL-Clustering-AtomicWrites.sql (the routine bodies below: the version
--     row is bumped before the membership row is written, failures are raised with
--     RAISE ... USING ERRCODE = 'assert_failure' instead of ASSERT - ASSERT is a no-op when
--     plpgsql.check_asserts is off - heartbeats never move IAmAliveTime backwards, and the
--     optional per-row cleanup query CleanupDefunctSiloEntryKey).
--
-- Query keys read by the 10.4.2 provider: InsertMembershipVersionKey, UpdateIAmAlivetimeKey,
-- InsertMembershipKey, UpdateMembershipKey, MembershipReadRowKey, MembershipReadAllKey,
-- DeleteMembershipTableEntriesKey, GatewaysQueryKey, CleanupDefunctSiloEntriesKey and
-- (optional, used when present) CleanupDefunctSiloEntryKey.
--
-- SiloStatus values used below: 3 = Active, 6 = Dead.
-- Every write routine returns one row with one integer column: > 0 means success, 0 means the
-- optimistic-concurrency check failed (Orleans then re-reads the table and retries).

-- One row per cluster (DeploymentId = ClusterId). Its Version is the membership table version
-- used for optimistic concurrency: every membership change must bump it.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Heartbeat. Only ever moves IAmAliveTime forward; the result is not checked by Orleans.
CREATE OR REPLACE FUNCTION update_i_am_alive_time(
    deployment_id   varchar,
    address_arg     varchar,
    port_arg        integer,
    generation_arg  integer,
    i_am_alive_time timestamptz)
  RETURNS void AS
$func$
BEGIN
    UPDATE OrleansMembershipTable AS d
    SET
        IAmAliveTime = GREATEST(d.IAmAliveTime, i_am_alive_time)
    WHERE
        d.DeploymentId = deployment_id AND deployment_id IS NOT NULL
        AND d.Address = address_arg AND address_arg IS NOT NULL
        AND d.Port = port_arg AND port_arg IS NOT NULL
        AND d.Generation = generation_arg AND generation_arg IS NOT NULL;
END
$func$ LANGUAGE plpgsql;

-- Creates the cluster's version row; returns 0 when it already exists.
CREATE OR REPLACE FUNCTION insert_membership_version(
    DeploymentIdArg varchar)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    BEGIN
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        SELECT DeploymentIdArg
        ON CONFLICT (DeploymentId) DO NOTHING;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        IF RowCountVar = 0 THEN
            RAISE EXCEPTION 'no rows affected, rollback' USING ERRCODE = 'assert_failure';
        END IF;

        RETURN QUERY SELECT RowCountVar;
    EXCEPTION
    WHEN assert_failure THEN
        -- The sub-block is rolled back to its savepoint; report failure.
        RETURN QUERY SELECT RowCountVar;
    END;
END
$func$ LANGUAGE plpgsql;

-- Adds a silo row if the caller's table version is still current (version bumped first).
CREATE OR REPLACE FUNCTION insert_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    SiloNameArg     varchar,
    HostNameArg     varchar,
    StatusArg       integer,
    ProxyPortArg    integer,
    StartTimeArg    timestamptz,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET
            Timestamp = now(),
            Version = Version + 1
        WHERE
            DeploymentId = DeploymentIdArg AND DeploymentIdArg IS NOT NULL
            AND Version = VersionArg AND VersionArg IS NOT NULL
            AND Version < 2147483647;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        INSERT INTO OrleansMembershipTable
        (
            DeploymentId, Address, Port, Generation, SiloName, HostName,
            Status, ProxyPort, StartTime, IAmAliveTime
        )
        SELECT
            DeploymentIdArg, AddressArg, PortArg, GenerationArg, SiloNameArg, HostNameArg,
            StatusArg, ProxyPortArg, StartTimeArg, IAmAliveTimeArg
        WHERE RowCountVar > 0
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        IF RowCountVar = 0 THEN
            -- Undo the version bump as well.
            RAISE EXCEPTION 'no rows affected, rollback' USING ERRCODE = 'assert_failure';
        END IF;

        RETURN QUERY SELECT RowCountVar;
    EXCEPTION
    WHEN assert_failure THEN
        RETURN QUERY SELECT RowCountVar;
    END;
END
$func$ LANGUAGE plpgsql;

-- Updates a silo row (status, suspicions, heartbeat) if the caller's table version is current.
CREATE OR REPLACE FUNCTION update_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    StatusArg       integer,
    SuspectTimesArg varchar,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET
            Timestamp = now(),
            Version = Version + 1
        WHERE
            DeploymentId = DeploymentIdArg AND DeploymentIdArg IS NOT NULL
            AND Version = VersionArg AND VersionArg IS NOT NULL
            AND Version < 2147483647;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        UPDATE OrleansMembershipTable
        SET
            Status = StatusArg,
            SuspectTimes = SuspectTimesArg,
            IAmAliveTime = GREATEST(IAmAliveTime, IAmAliveTimeArg)
        WHERE
            DeploymentId = DeploymentIdArg AND DeploymentIdArg IS NOT NULL
            AND Address = AddressArg AND AddressArg IS NOT NULL
            AND Port = PortArg AND PortArg IS NOT NULL
            AND Generation = GenerationArg AND GenerationArg IS NOT NULL
            AND RowCountVar > 0;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        IF RowCountVar = 0 THEN
            RAISE EXCEPTION 'no rows affected, rollback' USING ERRCODE = 'assert_failure';
        END IF;

        RETURN QUERY SELECT RowCountVar;
    EXCEPTION
    WHEN assert_failure THEN
        RETURN QUERY SELECT RowCountVar;
    END;
END
$func$ LANGUAGE plpgsql;

-- Query texts. Upserted so that re-running this file on a database that was set up by hand
-- from the upstream scripts converges on the texts below.
INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpdateIAmAlivetimeKey', '
    SELECT * FROM update_i_am_alive_time(
        @DeploymentId,
        @Address,
        @Port,
        @Generation,
        @IAmAliveTime
    );
'),
(
    'InsertMembershipVersionKey', '
    SELECT * FROM insert_membership_version(
        @DeploymentId
    );
'),
(
    'InsertMembershipKey', '
    SELECT * FROM insert_membership(
        @DeploymentId,
        @Address,
        @Port,
        @Generation,
        @SiloName,
        @HostName,
        @Status,
        @ProxyPort,
        @StartTime,
        @IAmAliveTime,
        @Version
    );
'),
(
    'UpdateMembershipKey', '
    SELECT * FROM update_membership(
        @DeploymentId,
        @Address,
        @Port,
        @Generation,
        @Status,
        @SuspectTimes,
        @IAmAliveTime,
        @Version
    );
'),
(
    -- The LEFT JOIN returns the version row even when the silo row does not exist.
    'MembershipReadRowKey', '
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM
        OrleansMembershipVersionTable v
        LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
            AND m.Address = @Address AND @Address IS NOT NULL
            AND m.Port = @Port AND @Port IS NOT NULL
            AND m.Generation = @Generation AND @Generation IS NOT NULL
    WHERE
        v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
(
    'MembershipReadAllKey', '
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM
        OrleansMembershipVersionTable v
        LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    WHERE
        v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
(
    'DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    DELETE FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
(
    'GatewaysQueryKey', '
    SELECT
        Address,
        ProxyPort,
        Generation
    FROM
        OrleansMembershipTable
    WHERE
        DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND Status = @Status AND @Status IS NOT NULL
        AND ProxyPort > 0;
'),
(
    -- Bulk removal of Dead silo rows that stopped heart-beating before @IAmAliveTime
    -- (MembershipTableCleanupAgent, ClusterMembershipOptions.DefunctSiloExpiration).
    -- Missing from upstream scripts older than 3.7.0.
    'CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND IAmAliveTime < @IAmAliveTime
        AND StartTime < @IAmAliveTime
        AND COALESCE(SuspectTimes, '''') = ''''
        AND Status = 6;
'),
(
    -- Per-row removal of one Dead silo row, only if it is still exactly as the caller read it.
    'CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND Address = @Address AND Port = @Port AND Generation = @Generation
        AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
        AND COALESCE(SuspectTimes, '''') = COALESCE(@SuspectTimes, '''');
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
