using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IntimacyKit.Plans;

namespace IntimacyKit.Calendar;

/// <summary>Exports a <see cref="PracticePlan"/> to iCalendar (RFC 5545): one all-day event per session and per re-assessment.</summary>
public static class PracticePlanCalendar
{
    /// <summary>Writes the plan as an iCalendar document.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="calendarName">The name calendars show for it.</param>
    /// <returns>The iCalendar text. The same plan always gives the same text (stable UIDs and time stamps).</returns>
    public static string ToICalendar(PracticePlan plan, string calendarName = "IntimacyKit practice plan")
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarName);
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var stamp = new CalDateTime(plan.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{plan.AssessmentId}-{plan.Start:yyyyMMdd}");
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var description = new StringBuilder(session.Exercise.Summary).Append('\n');
            for (var step = 0; step < session.Exercise.Steps.Length; step++)
            {
                description.Append(CultureInfo.InvariantCulture, $"\n{step + 1}. {session.Exercise.Steps[step]}");
            }

            description.Append(CultureInfo.InvariantCulture, $"\n\nAbout {session.Exercise.Minutes} minutes. Week {session.Week} of {plan.Weeks}.");
            calendar.Events.Add(AllDay(session.Date, session.Exercise.Title, description.ToString(), $"{prefix}-{i}-{session.Exercise.Id}@intimacykit", stamp));
        }

        for (var i = 0; i < plan.Reassessments.Length; i++)
        {
            calendar.Events.Add(AllDay(
                plan.Reassessments[i],
                "Take the assessment again",
                $"Answer '{plan.AssessmentId}' again to see what has changed. A tool for reflection, not a diagnosis.",
                $"{prefix}-reassess-{i}@intimacykit",
                stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent AllDay(DateOnly date, string summary, string description, string uid, CalDateTime stamp) => new()
    {
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(date),
        DtEnd = new CalDateTime(date.AddDays(1)),
        Uid = uid,
        DtStamp = stamp,
    };
}
