using System.Globalization;
using IntimacyKit.Psychometrics;
using Newtonsoft.Json;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// What analyze prints: the whole psych::alpha summary as tables for people (numbers in their culture), or as JSON with
/// psych's own names (invariant numbers; an undefined figure is null), and the response frequencies with --freq.
/// </summary>
internal sealed class AnalysisOutput(IAnsiConsole console, ConsoleText text)
{
    public static string ToJson(ItemAnalysis analysis, string disclaimer, bool listwise)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, FloatFormatHandling = FloatFormatHandling.DefaultValue })
        {
            json.WriteStartObject();
            Write(json, "assessment", analysis.AssessmentId);
            Write(json, "disclaimer", disclaimer);
            Write(json, "responses", analysis.Responses);
            Write(json, "missing", listwise ? "listwise" : "pairwise");
            json.WritePropertyName("scales");
            json.WriteStartArray();
            foreach (var scale in analysis.Scales)
            {
                WriteScale(json, scale);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return writer.ToString();
    }

    private static void WriteScale(JsonTextWriter json, ScaleAnalysis scale)
    {
        json.WriteStartObject();
        Write(json, "id", scale.ScaleId);
        Write(json, "n", scale.N);
        json.WritePropertyName("total");
        WriteCoefficients(json, scale.Reliability, "ase", "median_r", (scale.Mean, scale.StandardDeviation));
        WriteInterval(json, "feldt", scale.FeldtInterval);
        WriteInterval(json, "duhachek", scale.DuhachekInterval);
        json.WritePropertyName("items");
        json.WriteStartArray();
        foreach (var item in scale.Items)
        {
            json.WriteStartObject();
            Write(json, "id", item.ItemId);
            Write(json, "keyed", item.Reversed ? -1 : 1);
            Write(json, "n", item.N);
            Write(json, "raw.r", item.RawR);
            Write(json, "std.r", item.StandardizedR);
            Write(json, "r.cor", item.OverlapCorrectedR);
            Write(json, "r.drop", item.RDrop);
            Write(json, "mean", item.Mean);
            Write(json, "sd", item.StandardDeviation);
            json.WritePropertyName("alpha.drop");
            WriteCoefficients(json, item.IfDropped, "alpha se", "med.r", null);
            json.WritePropertyName("response.freq");
            json.WriteStartObject();
            foreach (var frequency in item.Frequencies)
            {
                Write(json, frequency.Value.ToString(CultureInfo.InvariantCulture), frequency.Proportion);
            }

            Write(json, "miss", item.MissingProportion);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("warnings");
        json.WriteStartArray();
        foreach (var warning in scale.Warnings)
        {
            json.WriteValue(warning);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>psych's total (or alpha.drop) row, with psych's names for the standard error and median r in each.</summary>
    private static void WriteCoefficients(JsonTextWriter json, ReliabilityCoefficients r, string se, string median, (double Mean, double Sd)? score)
    {
        json.WriteStartObject();
        Write(json, "raw_alpha", r.RawAlpha);
        Write(json, "std.alpha", r.StandardizedAlpha);
        Write(json, "G6(smc)", r.GuttmanLambda6);
        Write(json, "average_r", r.AverageR);
        Write(json, "S/N", r.SignalToNoise);
        Write(json, se, r.StandardError);
        if (score is { } s)
        {
            Write(json, "mean", s.Mean);
            Write(json, "sd", s.Sd);
        }

        Write(json, "var.r", r.VarianceOfR);
        Write(json, median, r.MedianR);
        json.WriteEndObject();
    }

    private static void WriteInterval(JsonTextWriter json, string name, ConfidenceInterval interval)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        Write(json, "lower.ci", interval.Lower);
        Write(json, "upper.ci", interval.Upper);
        json.WriteEndObject();
    }

    /// <summary>NaN (an undefined statistic) is written as null, which every JSON reader accepts.</summary>
    private static void Write(JsonTextWriter json, string name, object value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value is double d && !double.IsFinite(d) ? null : value);
    }

    /// <summary>Statistics for people: 0.712 in English, 0,712 in German; "-" where a figure is undefined.</summary>
    private string F(double value) => double.IsFinite(value) ? text.Number(value, "0.000") : "-";

    public void ShowTables(ItemAnalysis analysis, bool frequencies)
    {
        console.MarkupLine(text.Format(text.ItemAnalysisOf, Markup.Escape(analysis.AssessmentId), analysis.Responses));
        foreach (var scale in analysis.Scales)
        {
            console.WriteLine();
            var r = scale.Reliability;
            // psych's own names in every language (they are what a researcher looks up), with numbers for people.
            console.MarkupLine($"[bold]{Markup.Escape(scale.ScaleId)}[/]: n {scale.N.ToString(text.Culture)}");
            console.WriteLine(
                $"raw_alpha {F(r.RawAlpha)}; std.alpha {F(r.StandardizedAlpha)}; G6(smc) {F(r.GuttmanLambda6)}; average_r {F(r.AverageR)}; "
                + $"median_r {F(r.MedianR)}; S/N {F(r.SignalToNoise)}");
            console.WriteLine($"ase {F(r.StandardError)}; mean {F(scale.Mean)}; sd {F(scale.StandardDeviation)}");
            var (feldt, duhachek) = (scale.FeldtInterval, scale.DuhachekInterval);
            console.WriteLine(text.Format(text.AlphaIntervals, F(feldt.Lower), F(feldt.Upper), F(duhachek.Lower), F(duhachek.Upper)));
            console.Write(ItemTable(scale));
            if (frequencies)
            {
                console.WriteLine(text.Format(text.FrequenciesOf, scale.ScaleId));
                console.Write(FrequencyTable(scale));
            }

            foreach (var warning in scale.Warnings)
            {
                console.MarkupLine(text.Format(text.WarningMarkup, Markup.Escape(warning)));
            }
        }
    }

    private Table ItemTable(ScaleAnalysis scale)
    {
        var table = new Table().AddColumns(text.ColumnItem, "n", "raw.r", "std.r", "r.cor", "r.drop", text.ColumnMean, "SD", text.ColumnAlphaIfDropped,
            text.ColumnStdAlphaIfDropped);
        foreach (var item in scale.Items)
        {
            // A reversed item is marked as psych marks it: its id with a trailing "-".
            table.AddRow(
                Markup.Escape(item.ItemId + (item.Reversed ? "-" : string.Empty)),
                item.N.ToString(text.Culture),
                F(item.RawR),
                F(item.StandardizedR),
                F(item.OverlapCorrectedR),
                F(item.RDrop),
                F(item.Mean),
                F(item.StandardDeviation),
                F(item.AlphaIfDropped),
                F(item.StandardizedAlphaIfDropped));
        }

        return table;
    }

    private Table FrequencyTable(ScaleAnalysis scale)
    {
        var points = scale.Items.FirstOrDefault()?.Frequencies.Select(static f => f.Value).ToList() ?? [];
        var table = new Table().AddColumn(text.ColumnItem);
        foreach (var point in points)
        {
            table.AddColumn(new TableColumn(point.ToString(text.Culture)).RightAligned());
        }

        table.AddColumn(new TableColumn("miss").RightAligned());
        foreach (var item in scale.Items)
        {
            table.AddRow([Markup.Escape(item.ItemId), .. item.Frequencies.Select(f => F(f.Proportion)), F(item.MissingProportion)]);
        }

        return table;
    }
}
