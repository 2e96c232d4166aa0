-- 0004 - Orleans ADO.NET reminders for Microsoft.Orleans.Reminders.AdoNet 10.4.2.
--
-- Sources of the contract (dotnet/orleans, src/AdoNet/Orleans.Reminders.AdoNet):
--   * PostgreSQL-Reminders.sql (table, upsert_reminder_row / delete_reminder_row, query keys);
--   * Migrations/PostgreSQL-Reminders-3.6.0.sql (StartTime as timestamptz);
--   * Migrations/PostgreSQL-Reminders-10.0.0.sql, of which only the bigint Period is kept.
--     The other columns of that script (CronExpression, NextDueUtc, LastFireUtc, Priority,
--     Action) belong to the newer "advanced/durable reminders" provider: the 10.4.2
--     Microsoft.Orleans.Reminders.AdoNet assembly neither sends those parameters nor reads
--     those columns, so they are deliberately not created here.
--
-- Query keys: UpsertReminderRowKey, ReadReminderRowsKey, ReadReminderRowKey,
-- ReadRangeRows1Key, ReadRangeRows2Key, DeleteReminderRowKey, DeleteReminderRowsKey.
-- GrainHash is the grain's uniform hash; a silo owns a ring range (BeginHash, EndHash].
-- Period is in milliseconds; Version is the reminder ETag.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName
        PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Range reads (ReadRangeRows1Key / ReadRangeRows2Key) filter on ServiceId + GrainHash.
CREATE INDEX IF NOT EXISTS IX_RemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- Inserts a reminder (Version 0) or replaces it (Version + 1); returns the new version.
CREATE OR REPLACE FUNCTION upsert_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    StartTimeArg    timestamptz,
    PeriodArg       bigint,
    GrainHashArg    integer)
  RETURNS TABLE(version integer) AS
$func$
DECLARE
    VersionVar int := 0;
BEGIN
    INSERT INTO OrleansRemindersTable
    (
        ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version
    )
    SELECT
        ServiceIdArg, GrainIdArg, ReminderNameArg, StartTimeArg, PeriodArg, GrainHashArg, 0
    ON CONFLICT (ServiceId, GrainId, ReminderName)
        DO UPDATE SET
            StartTime = excluded.StartTime,
            Period = excluded.Period,
            GrainHash = excluded.GrainHash,
            Version = OrleansRemindersTable.Version + 1
    RETURNING
        OrleansRemindersTable.Version INTO STRICT VersionVar;

    RETURN QUERY SELECT VersionVar AS version;
END
$func$ LANGUAGE plpgsql;

-- Deletes one reminder if its version still matches; returns the number of deleted rows.
CREATE OR REPLACE FUNCTION delete_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    VersionArg      integer)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    DELETE FROM OrleansRemindersTable
    WHERE
        ServiceId = ServiceIdArg AND ServiceIdArg IS NOT NULL
        AND GrainId = GrainIdArg AND GrainIdArg IS NOT NULL
        AND ReminderName = ReminderNameArg AND ReminderNameArg IS NOT NULL
        AND Version = VersionArg AND VersionArg IS NOT NULL;

    GET DIAGNOSTICS RowCountVar = ROW_COUNT;

    RETURN QUERY SELECT RowCountVar;
END
$func$ LANGUAGE plpgsql;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpsertReminderRowKey', '
    SELECT * FROM upsert_reminder_row(
        @ServiceId,
        @GrainId,
        @ReminderName,
        @StartTime,
        @Period::bigint,
        @GrainHash
    );
'),
(
    'ReadReminderRowsKey', '
    SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainId = @GrainId AND @GrainId IS NOT NULL;
'),
(
    'ReadReminderRowKey', '
    SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainId = @GrainId AND @GrainId IS NOT NULL
        AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL;
'),
(
    -- Non-wrapping range: BeginHash < GrainHash <= EndHash.
    'ReadRangeRows1Key', '
    SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainHash > @BeginHash AND @BeginHash IS NOT NULL
        AND GrainHash <= @EndHash AND @EndHash IS NOT NULL;
'),
(
    -- Wrapping range (crosses the end of the ring): GrainHash > BeginHash OR GrainHash <= EndHash.
    'ReadRangeRows2Key', '
    SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND ((GrainHash > @BeginHash AND @BeginHash IS NOT NULL)
            OR (GrainHash <= @EndHash AND @EndHash IS NOT NULL));
'),
(
    'DeleteReminderRowKey', '
    SELECT * FROM delete_reminder_row(
        @ServiceId,
        @GrainId,
        @ReminderName,
        @Version
    );
'),
(
    'DeleteReminderRowsKey', '
    DELETE FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
