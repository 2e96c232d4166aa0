using System.Globalization;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Notifications;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType()
    {
        Name = "NotificationKind";
        Description = "What a notification is about: alerts by category, messages, news of my listings and pledges.";
    }
}

public sealed class NotificationChannelType : EnumerationGraphType<NotificationChannel>
{
    public NotificationChannelType()
    {
        Name = "NotificationChannel";
    }
}

public sealed class DigestFrequencyType : EnumerationGraphType<DigestFrequency>
{
    public DigestFrequencyType()
    {
        Name = "DigestFrequency";
        Description = "How often the neighbourhood digest is emailed (at 07:00 local time; weekly: on Mondays).";
    }
}

public sealed class ChannelChoiceType : ObjectGraphType<ChannelChoice>
{
    public ChannelChoiceType()
    {
        Name = "ChannelChoice";
        Field<NonNullGraphType<NotificationKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<NotificationChannelType>>("channel").Resolve(c => c.Source.Channel);
    }
}

public sealed class QuietHoursType : ObjectGraphType<QuietHours>
{
    public QuietHoursType()
    {
        Name = "QuietHours";
        Description = "Hours (local time, HH:mm) during which only urgent alerts are pushed; the others wait until the end.";
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => c.Source.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("end").Resolve(c => c.Source.End.ToString("HH:mm", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(c => c.Source.TimeZone);
    }
}

public sealed class NotificationPreferencesType : ObjectGraphType<NotificationPreferences>
{
    public NotificationPreferencesType()
    {
        Name = "NotificationPreferences";
        Description = "Every kind goes on every channel except those turned off.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelChoiceType>>>>("off").Resolve(c => c.Source.Off);
        Field<QuietHoursType>("quietHours").Resolve(c => c.Source.Quiet);
        Field<NonNullGraphType<DigestFrequencyType>>("digest").Resolve(c => c.Source.Digest);
        Field<IntGraphType>("alertRadiusMeters")
            .Description("Alerts that name a place notify you (push) only within this distance of your home; null: the whole neighbourhood. Urgent alerts and alerts without a place always do.")
            .Resolve(c => c.Source.AlertRadiusMeters);
    }
}

public sealed class ChannelChoiceInputType : InputObjectGraphType
{
    public ChannelChoiceInputType()
    {
        Name = "ChannelChoiceInput";
        Field<NonNullGraphType<NotificationKindType>>("kind");
        Field<NonNullGraphType<NotificationChannelType>>("channel");
    }
}

public sealed class QuietHoursInputType : InputObjectGraphType
{
    public QuietHoursInputType()
    {
        Name = "QuietHoursInput";
        Field<NonNullGraphType<StringGraphType>>("start").Description("HH:mm, local time.");
        Field<NonNullGraphType<StringGraphType>>("end").Description("HH:mm, local time.");
        Field<StringGraphType>("timeZone").Description("IANA time zone; default Europe/Paris.");
    }
}

public sealed class NotificationPreferencesInputType : InputObjectGraphType
{
    public NotificationPreferencesInputType()
    {
        Name = "NotificationPreferencesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelChoiceInputType>>>>("off").Description("The kinds turned off, per channel.");
        Field<QuietHoursInputType>("quietHours").Description("Null: no quiet hours.");
        Field<DigestFrequencyType>("digest").Description("The email digest; omitted: OFF.");
        Field<IntGraphType>("alertRadiusMeters").Description("500, 1000, 2000 or 5000 metres; null or omitted: the whole neighbourhood.");
    }

    /// <summary>The preferences an input names; a malformed time is BAD_USER_INPUT (the grain checks the rest).</summary>
    public static NotificationPreferences Parse(Dictionary<string, object?> input)
    {
        var off = ((IEnumerable<object?>)input["off"]!).Cast<Dictionary<string, object?>>()
            .Select(c => new ChannelChoice((NotificationKind)c["kind"]!, (NotificationChannel)c["channel"]!))
            .ToList();
        QuietHours? quiet = null;
        if (input.GetValueOrDefault("quietHours") is Dictionary<string, object?> q)
        {
            quiet = new QuietHours(Time(q["start"], "start"), Time(q["end"], "end"), q.GetValueOrDefault("timeZone") as string ?? NotificationPreferences.DefaultTimeZone);
        }

        return new NotificationPreferences(
            off,
            quiet,
            input.GetValueOrDefault("digest") as DigestFrequency? ?? DigestFrequency.Off,
            input.GetValueOrDefault("alertRadiusMeters") as int?);
    }

    private static TimeOnly Time(object? value, string field) =>
        TimeOnly.TryParseExact(value as string, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw VoisinageException.BadInput($"quietHours.{field}: a time as HH:mm.");
}
