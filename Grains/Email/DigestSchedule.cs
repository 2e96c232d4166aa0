using Voisinage.Grains.Notifications;

namespace Voisinage.Grains.Email;

/// <summary>When digests go out: at <see cref="EmailOptions.DigestTime"/> local time, every day or every Monday.</summary>
public static class DigestSchedule
{
    /// <summary>The first digest time strictly after <paramref name="now"/>; null when digests are off.</summary>
    public static DateTimeOffset? Next(DigestFrequency frequency, TimeOnly at, string timeZone, DateTimeOffset now)
    {
        if (frequency == DigestFrequency.Off)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        for (var day = local.Date; ; day = day.AddDays(1))
        {
            if (frequency == DigestFrequency.Weekly && day.DayOfWeek != DayOfWeek.Monday)
            {
                continue;
            }

            var candidate = day + at.ToTimeSpan();
            var instant = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
            if (instant > now)
            {
                return instant;
            }
        }
    }
}
