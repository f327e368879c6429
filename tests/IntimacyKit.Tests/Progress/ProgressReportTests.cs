using IntimacyKit.Content;
using IntimacyKit.Progress;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Progress;

public class ProgressReportTests
{
    [Theory]
    [InlineData(10.5, 0.961, 2.073584, 2.93249)]
    [InlineData(6.396073, 0.931, 1.680111, 2.376036)]
    public void ReliableChange_PublishedVectors_Match(double sd, double reliability, double sem, double sdiff)
    {
        ReliableChange.StandardErrorOfMeasurement(sd, reliability).Should().BeApproximately(sem, 5e-7);
        ReliableChange.StandardErrorOfDifference(sd, reliability).Should().BeApproximately(sdiff, 5e-6);
        ReliableChange.Index(sdiff * 2, sd, reliability).Should().BeApproximately(2, 1e-5);
    }

    private static readonly ScoringPipeline Normed = ScoringPacks.Pipeline(ScoringPacks.Create(norms: new Norms(3, 0.5, 0.8, "test norms")));

    private static AssessmentResult Result(int level, int day)
    {
        var response = new AssessmentResponse(
            ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic",
            [new Answer("a1", level), new Answer("a2", 6 - level), new Answer("a3", level), new Answer("a4", level), new Answer("b1", 3), new Answer("b2", 3), new Answer("b3", 3)],
            DateTimeOffset.UnixEpoch.AddDays(day));
        return Normed.Score(response);
    }

    [Fact]
    public void Create_LargeDrop_IsAReliableImprovementWithItsIndex()
    {
        var report = ProgressReport.Create([Result(5, 30), Result(2, 0), Result(4, 15)]);

        var s1 = report["s1"];
        s1.Values.Should().Equal(2.0, 4.0, 5.0);
        s1.Change.Should().Be(3);
        s1.StandardErrorOfDifference.Should().BeApproximately(Math.Sqrt(2) * 0.5 * Math.Sqrt(0.2), 1e-12);
        s1.ReliableChangeIndex.Should().BeApproximately(3 / (Math.Sqrt(2) * 0.5 * Math.Sqrt(0.2)), 1e-9);
        s1.Classification.Should().Be(ChangeClassification.Worsened);
        s1.TrendPerMonth.Should().BeApproximately(3.0 / 30 * 30.44, 0.2);
        report.Dates.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Create_Decrease_IsImprovedForAnObstacle_AndSmallChangeUnchanged()
    {
        ProgressReport.Create([Result(5, 0), Result(2, 28)])["s1"].Classification.Should().Be(ChangeClassification.Improved);
        ProgressReport.Create([Result(3, 0), Result(3, 28)])["s1"].Classification.Should().Be(ChangeClassification.Unchanged);
    }

    [Fact]
    public void Create_NoNorms_SaysThereIsNotEnoughInformation()
    {
        var s2 = ProgressReport.Create([Result(5, 0), Result(2, 28)])["s2"];

        s2.Classification.Should().Be(ChangeClassification.NotEnoughInformation);
        s2.ReliableChangeIndex.Should().BeNull();
        s2.Text.Should().Contain("lower is better here");
    }

    [Fact]
    public void Create_DifferentVersions_AreRefusedUnlessDeclaredComparable()
    {
        var v1 = Result(4, 0);
        var json = AssessmentResultSerializer.ToJson(Result(2, 30)).Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal);
        var v11 = AssessmentResultSerializer.Read(json);

        var silent = () => ProgressReport.Create([v1, v11]);

        var mismatch = silent.Should().Throw<ResultComparisonException>().WithMessage("*versions 1.0.0 and 1.1.0 are not compared silently*").Which;
        (mismatch.FirstVersion?.ToString(), mismatch.OtherVersion?.ToString()).Should().Be(("1.0.0", "1.1.0"));
        ProgressReport.Create([v1, v11], new ProgressOptions { ComparableVersions = [SemanticVersion.Parse("1.0.0"), SemanticVersion.Parse("1.1.0")] })["s1"].Change.Should().Be(-2);
    }

    [Fact]
    public void Create_OneResult_IsRefused()
    {
        var create = () => ProgressReport.Create([Result(3, 0)]);

        create.Should().Throw<ResultComparisonException>().Which.Problem.Should().Be("Progress needs at least two results; 1 given.");
    }
}
