using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Scoring;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Serialization;

public class AssessmentResultSerializerTests
{
    [Fact]
    public void ToJsonThenRead_RichResult_RestoresEverythingWithoutTheContent()
    {
        var pipeline = ScoringPacks.Pipeline(
            ScoringPacks.Create(norms: new Norms(3, 0.5, 0.8, "test norms")),
            recommender: new ScoringPipelineTests.FakeRecommender());
        var response = new AssessmentResponse(
            ScoringPacks.AssessmentId,
            SemanticVersion.Parse("1.0.0"),
            "romantic",
            [new Answer("a1", 5, TimeSpan.FromSeconds(2.5)), new Answer("a2", 5), Answer.Skipped("a3"), new Answer("a4", 4), new Answer("b1", 2), new Answer("danger", 5)],
            new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.FromHours(1)),
            "person-7");
        var original = pipeline.Score(response);

        var json = AssessmentResultSerializer.ToJson(original);
        var read = AssessmentResultSerializer.Read(json);

        AssessmentResultSerializer.ToJson(read).Should().Be(json);
        read.AssessmentId.Should().Be(ScoringPacks.AssessmentId);
        read.RespondentId.Should().Be("person-7");
        read.CompletedAt.Should().Be(response.CompletedAt);
        read.Answers.Should().Equal(response.Answers);
        read.GetScore("s1").Value.Should().Be(original.GetScore("s1").Value);
        read.GetScore("s1").Band!.Id.Should().Be(original.GetScore("s1").Band!.Id);
        read.GetScore("s1").Standard!.Value.Z.Should().Be(original.GetScore("s1").Standard!.Value.Z);
        read.GetScore("s2").NotScoredReason.Should().Be(NotScoredReason.TooFewAnswers);
        read.RequiresSupportFirst.Should().BeTrue();
        read.SupportResources.Select(r => r.Id).Should().Equal("emergency", "counsellor");
        read.QualityFlags.Select(f => f.Kind).Should().Equal(QualityFlagKind.Contradiction);
        read.Recommendations.Single().Exercise.Id.Should().Be("fake");
        read.GetScore("s1").Explain().Text.Should().Be(original.GetScore("s1").Explain().Text, "explanations work on stored results too");
    }

    [Fact]
    public void ToJson_Shape_IsStableAndDocumented()
    {
        var result = ScoringPacks.Pipeline(ScoringPacks.Create()).Score(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)));

        var json = JObject.Parse(AssessmentResultSerializer.ToJson(result));

        json.Properties().Select(p => p.Name).Should().Equal("format", "disclaimer", "notices", "assessment", "relationshipKind", "culture", "showsBands", "completedAt", "items", "answers", "scales", "composites", "safetyFlags", "screenResources", "qualityFlags", "warnings", "recommendations");
        json["format"]!.Value<string>().Should().Be("intimacykit/result@1");
        var scale = (JObject)json["scales"]![0]!;
        scale.Properties().Select(p => p.Name).Should().Equal("id", "title", "obstacle", "aggregate", "minRequired", "lowest", "highest", "items", "bands", "status", "value", "answered", "band");
        scale["value"]!.Value<double>().Should().Be(4);
        scale["band"]!.Value<string>().Should().Be("high");
        scale["bands"]![1]!["provenance"]!.Value<string>().Should().Be("test cut-offs");
        json["disclaimer"]!.Value<string>().Should().Be(PackNotices.Default.Disclaimer, "the pack gives no notices of its own");
        var skipped = (JObject)json["safetyFlags"]![0]!;
        skipped.Properties().Select(p => p.Name).Should().Equal("flag", "severity", "rule", "item", "answer", "notAnswered", "risk", "message", "threshold", "resources");
        skipped["answer"]!.Type.Should().Be(JTokenType.Null, "the safety statement was not answered");
        skipped["notAnswered"]!.Value<bool>().Should().BeTrue();
        skipped["severity"]!.Value<string>().Should().Be("concern");
        skipped["risk"]!.Value<string>().Should().Be("from-other");
    }

    [Fact]
    public void Read_BrokenJson_SaysWhereAndWhat()
    {
        var result = ScoringPacks.Pipeline(ScoringPacks.Create()).Score(ScoringPacks.Response(("a1", 4)));
        var json = AssessmentResultSerializer.ToJson(result).Replace("\"answered\": 1", "\"answered\": \"one\"", StringComparison.Ordinal);

        var read = () => AssessmentResultSerializer.Read(json);

        read.Should().Throw<FormatException>().WithMessage("*$.scales[0].answered: 'answered' of a score should be a whole number; found the text \"one\".*");
        ((Action)(() => AssessmentResultSerializer.Read("{"))).Should().Throw<FormatException>().WithMessage("The result is not well-formed JSON*");
    }

    [Theory]
    [InlineData("\"severity\": \"concern\"", "\"severity\": \"dire\"", "$.safetyFlags[0].severity", "concern, urgent")]
    [InlineData("\"risk\": \"from-other\"", "\"risk\": \"somewhere\"", "$.safetyFlags[0].risk", "from-other, to-other, to-self")]
    [InlineData("\"status\": \"not-scored\"", "\"status\": \"maybe\"", "$.scales[1].status", "not-scored, scored")]
    [InlineData("\"reason\": \"too-few-answers\"", "\"reason\": \"tired\"", "$.scales[1].reason", "pipeline-stopped, too-few-answers, too-few-scales, withheld")]
    public void Read_AnUnknownName_IsAProblemListingTheAllowedOnes_NeverASilentDefault(string written, string changed, string path, string allowed)
    {
        var pack = ScoringPacks.Create();
        var result = ScoringPacks.Pipeline(pack).Score(ScoringPacks.Response(("a1", 4)));
        var json = AssessmentResultSerializer.ToJson(result);
        json.Should().Contain(written);

        var read = () => AssessmentResultSerializer.Read(json.Replace(written, changed, StringComparison.Ordinal));

        read.Should().Throw<FormatException>().WithMessage($"*{path}:*allowed: {allowed}.*");
    }

    [Fact]
    public void ToJsonThenRead_RandomResults_RoundTrip()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        for (var seed = 0; seed < 300; seed++)
        {
            var json = AssessmentResultSerializer.ToJson(pipeline.Score(ScoringPropertyTests.ValidResponse(new Random(seed), fully: false)));

            AssessmentResultSerializer.ToJson(AssessmentResultSerializer.Read(json)).Should().Be(json);
        }
    }
}
