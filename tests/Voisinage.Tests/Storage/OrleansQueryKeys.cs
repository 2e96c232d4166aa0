namespace Voisinage.Tests.Storage;

/// <summary>
/// The OrleansQuery keys the Orleans 10.4.2 ADO.NET providers look up, as found in their
/// assemblies (Orleans.Clustering.AdoNet.dll, Orleans.Persistence.AdoNet.dll,
/// Orleans.Reminders.AdoNet.dll).
/// </summary>
public static class OrleansQueryKeys
{
    public static readonly string[] Clustering =
    [
        "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "DeleteMembershipTableEntriesKey",
        "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",

        // Optional in 10.4.2 (per-row conditional cleanup); used when present.
        "CleanupDefunctSiloEntryKey",
    ];

    public static readonly string[] Persistence =
    [
        "WriteToStorageKey",
        "ReadFromStorageKey",
        "ClearStorageKey",

        // Required only with AdoNetGrainStorageOptions.DeleteStateOnClear = true.
        "DeleteStorageKey",
    ];

    public static readonly string[] Reminders =
    [
        "UpsertReminderRowKey",
        "ReadReminderRowsKey",
        "ReadReminderRowKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];

    public static IEnumerable<string> AllPostgres => Clustering.Concat(Persistence).Concat(Reminders);
}
