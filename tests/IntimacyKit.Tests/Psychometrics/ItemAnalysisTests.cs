using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Psychometrics;

/// <summary>
/// Alpha, r.drop and alpha if dropped agree with R psych::alpha (psych 2.2.9) to 1e-6, pairwise and listwise, on the
/// 600 generated respondents of Scoring/Data (script psych-alpha.R, output psych-alpha.csv); tests never run R.
/// </summary>
public class ItemAnalysisTests
{
    [Theory]
    [InlineData(MissingAnswers.Pairwise, "pairwise")]
    [InlineData(MissingAnswers.Listwise, "listwise")]
    public void Analyze_GeneratedData_AgreesWithPsychAlpha(MissingAnswers missing, string method)
    {
        var analysis = ItemAnalysis.Analyze(new ContentCatalog(PsychVectors.Pack()), PsychVectors.AssessmentId, PsychVectors.Responses(), new ItemAnalysisOptions { Missing = missing });
        var expected = File.ReadAllLines(PsychVectors.DataPath("psych-alpha.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[1] == method).ToList();

        analysis.Responses.Should().Be(600);
        foreach (var row in expected)
        {
            var scale = analysis.Scales.Single(s => s.ScaleId == row[0]);
            if (row[2].Length == 0)
            {
                scale.RawAlpha.Should().BeApproximately(Parse(row[3]), 1e-6, $"{row[0]} raw alpha");
                scale.StandardizedAlpha.Should().BeApproximately(Parse(row[4]), 1e-6, $"{row[0]} std alpha");
                continue;
            }

            var item = scale.Items.Single(i => i.ItemId == row[2]);
            item.RDrop.Should().BeApproximately(Parse(row[5]), 1e-6, $"{row[2]} r.drop");
            item.AlphaIfDropped.Should().BeApproximately(Parse(row[6]), 1e-6, $"{row[2]} alpha.drop");
            item.StandardizedAlphaIfDropped.Should().BeApproximately(Parse(row[7]), 1e-6, $"{row[2]} std alpha.drop");
        }

        expected.Should().HaveCount(4 + 18);
    }

    [Fact]
    public void Analyze_MisKeyedItem_IsWarnedAbout()
    {
        var responses = PsychVectors.Responses().Select(r => new AssessmentResponse(r.AssessmentId, r.AssessmentVersion, r.RelationshipKind,
            r.Answers.Select(a => a.ItemId == "i3" && a.Value is { } v ? new Answer("i3", 6 - v) : a), r.CompletedAt));

        var analysis = ItemAnalysis.Analyze(new ContentCatalog(PsychVectors.Pack()), PsychVectors.AssessmentId, responses.Take(20));

        var s1 = analysis.Scales.Single(s => s.ScaleId == "s1");
        s1.Warnings.Should().Contain(w => w.StartsWith("Item 'i3' correlates negatively with the rest of 's1'", StringComparison.Ordinal))
            .And.Contain(w => w.StartsWith("Alpha of 's1' is", StringComparison.Ordinal))
            .And.Contain("Only 20 responses for 's1'; at least 30 are needed for stable estimates.");
    }

    [Fact]
    public void Analyze_OptionsOutOfRange_AreAllReportedBeforeAnyDataIsRead()
    {
        var options = new ItemAnalysisOptions { AlphaThreshold = 7, MinResponses = 0 };

        var analyze = () => ItemAnalysis.Analyze(new ContentCatalog(PsychVectors.Pack()), PsychVectors.AssessmentId, Throwing(), options);

        analyze.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("ItemAnalysisOptions.AlphaThreshold is 7; value should be a number no greater than 1 (alpha has no lower bound). ItemAnalysisOptions.MinResponses is 0; value should be at least 2.*");

        static IEnumerable<AssessmentResponse> Throwing()
        {
            throw new InvalidOperationException("no response should be read");
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
