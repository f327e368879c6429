using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// Every <see cref="DateTime"/> the app stores is UTC. SQLite hands them back without a kind, which JSON would then write
/// without its <c>Z</c> (and readers would take as local time), so they are marked UTC on the way out.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    static value => value,
    static value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
