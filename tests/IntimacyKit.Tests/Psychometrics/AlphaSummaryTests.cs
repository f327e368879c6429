using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Psychometrics;

/// <summary>
/// The whole psych::alpha summary, item statistics and response frequencies agree with R psych 2.2.9 on the four
/// generated sets of Psychometrics/Data (complete with a reversed item, missing cells, an item without variance, a
/// two-item scale): every alpha statistic and interval to 1e-6, frequencies exactly (as R's doubles, to 1e-12).
/// </summary>
public class AlphaSummaryTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> Sets() => [.. PsychSets.Names];

    [Theory]
    [MemberData(nameof(Sets))]
    public void ScaleSummary_AgreesWithPsych(string set)
    {
        var scale = Analyze(set);
        var total = (JObject)PsychSets.Vectors(set)["total"]!;

        Check(scale.RawAlpha, total, "raw_alpha");
        Check(scale.StandardizedAlpha, total, "std_alpha");
        Check(scale.Reliability.GuttmanLambda6, total, "G6");
        Check(scale.Reliability.AverageR, total, "average_r");
        Check(scale.Reliability.MedianR, total, "median_r");
        Check(scale.Reliability.SignalToNoise, total, "S_N");
        Check(scale.Reliability.StandardError, total, "ase");
        Check(scale.Reliability.VarianceOfR, total, "var_r");
        Check(scale.Mean, total, "mean");
        Check(scale.StandardDeviation, total, "sd");
        Check(scale.FeldtInterval.Lower, total, "feldt_lower");
        Check(scale.FeldtInterval.Upper, total, "feldt_upper");
        Check(scale.DuhachekInterval.Lower, total, "duhachek_lower");
        Check(scale.DuhachekInterval.Upper, total, "duhachek_upper");
        scale.N.Should().Be(PsychSets.Read(set).Rows.Count);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void ItemStatistics_AgreeWithPsych(string set)
    {
        var scale = Analyze(set);
        var expected = PsychSets.Vectors(set)["items"]!.Cast<JObject>().ToList();
        var columns = PsychSets.Vectors(set)["freq_columns"]!.Select(c => (string)c!).ToList();

        // psych leaves an item without variance out of its tables; IntimacyKit lists it (with NaN correlations).
        scale.Items.Where(i => i.HasVariance).Select(i => i.ItemId).Should().Equal(expected.Select(Name));
        foreach (var e in expected)
        {
            var item = scale.Items.Single(i => i.ItemId == Name(e));
            item.N.Should().Be((int)e["n"]!);
            Check(item.RawR, e, "raw_r");
            Check(item.StandardizedR, e, "std_r");
            Check(item.CorrectedR, e, "r_cor");
            Check(item.RDrop, e, "r_drop");
            Check(item.Mean, e, "mean");
            Check(item.StandardDeviation, e, "sd");
            Check(item.AlphaIfDropped, e, "alpha_if_dropped");
            Check(item.StandardizedAlphaIfDropped, e, "std_alpha_if_dropped");
            Check(item.IfDropped.GuttmanLambda6, e, "G6_if_dropped");
            Check(item.IfDropped.AverageR, e, "average_r_if_dropped");
            Check(item.IfDropped.SignalToNoise, e, "S_N_if_dropped");
            Check(item.IfDropped.StandardError, e, "alpha_se_if_dropped");
            Check(item.IfDropped.VarianceOfR, e, "var_r_if_dropped");
            Check(item.IfDropped.MedianR, e, "med_r_if_dropped");

            var freq = e["freq"]!.Select(f => (double)f).ToList();
            foreach (var frequency in item.Frequencies)
            {
                var column = columns.IndexOf(frequency.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                frequency.Proportion.Should().BeApproximately(column < 0 ? 0 : freq[column], 1e-12, $"{item.ItemId} answered {frequency.Value}");
            }

            item.MissingProportion.Should().BeApproximately(freq[columns.IndexOf("miss")], 1e-12, $"{item.ItemId} missing");
        }
    }

    [Fact]
    public void ItemWithoutVariance_IsListedAndLeftOutOfReliability()
    {
        var scale = Analyze("constant");

        var constant = scale.Items.Single(i => i.ItemId == "i4");
        constant.HasVariance.Should().BeFalse();
        constant.N.Should().Be(200);
        constant.Mean.Should().Be(3);
        constant.RDrop.Should().Be(double.NaN);
        constant.Frequencies.Single(f => f.Value == 3).Proportion.Should().Be(1);
        scale.Warnings.Should().Contain(w => w.StartsWith("Item 'i4' has no variance", StringComparison.Ordinal));
    }

    /// <summary>psych marks a reversed item with a trailing "-".</summary>
    private static string Name(JObject item) => ((string)item["item"]!).TrimEnd('-');

    private static ScaleAnalysis Analyze(string set)
        => ItemAnalysis.Analyze(new ContentCatalog(PsychSets.Pack()), set, PsychSets.Responses(set)).Scales.Single();

    private static void Check(double actual, JObject expected, string name)
    {
        var token = expected[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            actual.Should().Be(double.NaN, $"psych gives no {name}");
            return;
        }

        actual.Should().BeApproximately((double)token, Tolerance, name);
    }
}
