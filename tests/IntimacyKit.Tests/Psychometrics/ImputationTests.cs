using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Psychometrics;

/// <summary>
/// Imputation policies agree with R psych 2.2.9's scoreItems (impute = "none", "median", "mean") to 1e-9 on the four
/// committed sets, keeping an item without variance in the score (psych's delete = FALSE, computed in the R script);
/// a fully answered response never changes; the result records the imputation and the explanation names it.
/// </summary>
public class ImputationTests
{
    private static readonly ContentCatalog Catalog = new(PsychSets.Pack());
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);

    public static TheoryData<string, string> SetsAndMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in PsychSets.Names)
        {
            foreach (var method in new[] { "none", "median", "mean" })
            {
                data.Add(set, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SetsAndMethods))]
    public void Scores_AgreeWithPsychScoreItems(string set, string method)
    {
        var responses = PsychSets.Responses(set);
        var imputation = ItemImputation.Compute(Catalog, set, responses, ImputationPolicy.All(Method(method)));
        var expected = PsychSets.Vectors(set)["scores_kept"]![method]!.Select(v => v.Type == JTokenType.Null ? (double?)null : (double)v).ToList();

        var results = responses.Select(r => Pipeline.Score(r, imputation.AsProperties())).ToList();

        results.Should().HaveCount(expected.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var score = results[i].GetScore("total");
            if (expected[i] is { } value)
            {
                score.Value.Should().BeApproximately(value, 1e-9, $"row {i + 2} of {set}.csv with impute = \"{method}\"");
            }
            else
            {
                score.IsScored.Should().BeFalse($"psych gives row {i + 2} no score");
            }
        }
    }

    [Fact]
    public void Imputation_NeverChangesAFullyAnsweredResponse()
    {
        var random = new Random(2101);
        var responses = Enumerable.Range(0, 400).Select(_ => Response(random, missingShare: 0.15)).ToList();
        foreach (var method in new[] { ImputationMethod.Median, ImputationMethod.Mean })
        {
            var imputation = ItemImputation.Compute(Catalog, "complete", responses, ImputationPolicy.All(method));
            foreach (var response in responses.Where(r => r.Answers.All(a => a.Value is not null)))
            {
                var plain = Pipeline.Score(response);
                var imputed = Pipeline.Score(response, imputation.AsProperties());
                imputed.GetScore("total").Value.Should().Be(plain.GetScore("total").Value);
                imputed.GetScore("total").Imputed.Should().Be(0);
            }
        }
    }

    [Fact]
    public void Result_RecordsTheImputation_AndTheExplanationNamesIt()
    {
        var responses = PsychSets.Responses("missing");
        var imputation = ItemImputation.Compute(Catalog, "missing", responses, ImputationPolicy.All(ImputationMethod.Median));
        var gap = responses.First(r => r.Answers.Any(a => a.Value is null));
        var skipped = gap.Answers.Where(a => a.Value is null).Select(a => a.ItemId).ToList();

        var result = Pipeline.Score(gap, imputation.AsProperties());

        result.Imputation.Should().BeSameAs(imputation);
        imputation.Responses.Should().Be(250);
        var total = result.GetScore("total");
        total.Imputed.Should().Be(skipped.Count);
        total.Answered.Should().Be(5 - skipped.Count);
        var explanation = total.Explain();
        explanation.Missing.Should().BeEmpty();
        explanation.Counted.Where(p => p.ImputedBy == ImputationMethod.Median).Select(p => p.Id).Should().Equal(skipped);
        explanation.Text.Should().Contain($"Filled in: {string.Join(", ", skipped)}, each with the item's median over the 250 responses scored together.");

        var json = AssessmentResultSerializer.ToJson(result);
        var read = AssessmentResultSerializer.Read(json);
        read.GetScore("total").Imputed.Should().Be(skipped.Count);
        read.Imputation!.Items.Select(i => (i.ItemId, i.Method, i.Value, i.Answered))
            .Should().Equal(imputation.Items.Select(i => (i.ItemId, i.Method, i.Value, i.Answered)));
        AssessmentResultSerializer.ToJson(read).Should().Be(json);
        JObject.Parse(json)["imputation"]!["method"]!.Value<string>().Should().Be("median");
    }

    [Fact]
    public void Policy_PerScale_AndAScaleBelowItsMinimum_StaysUnscored()
    {
        var catalog = new ContentCatalog(PsychSets.Pack(minAnswered: 4));
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var responses = PsychSets.Responses("missing");
        var none = ItemImputation.Compute(catalog, "missing", responses, ImputationPolicy.All(ImputationMethod.Mean).WithScale("total", ImputationMethod.None));
        var mean = ItemImputation.Compute(catalog, "missing", responses, ImputationPolicy.All(ImputationMethod.Mean));
        var thin = new AssessmentResponse("missing", SemanticVersion.Parse("1.0.0"), "any",
            [new Answer("i1", 4), new Answer("i2", 4), Answer.Skipped("i3"), Answer.Skipped("i4"), Answer.Skipped("i5")], DateTimeOffset.UnixEpoch);

        pipeline.Score(thin, mean.AsProperties()).GetScore("total").IsScored.Should().BeFalse("imputation never scores a scale below its minimum of real answers");
        none.Items.Should().OnlyContain(i => i.Method == ImputationMethod.None && i.Value == null);
        var gap = responses.First(r => r.Answers.Count(a => a.Value is null) == 1);
        pipeline.Score(gap, none.AsProperties()).GetScore("total").Value.Should().Be(pipeline.Score(gap).GetScore("total").Value);
        FluentActions.Invoking(() => ImputationPolicy.All(ImputationMethod.Mean).WithScale("nope", ImputationMethod.Median))
            .Should().NotThrow("the policy is checked against an assessment when it is used");
        FluentActions.Invoking(() => ItemImputation.Compute(catalog, "missing", responses, ImputationPolicy.None.WithScale("nope", ImputationMethod.Median)))
            .Should().Throw<ArgumentException>().WithMessage("*names scale 'nope'*its scales are total*");
    }

    [Fact]
    public void ResponsesToAnotherAssessment_AreRefused_AndAnImputationForAnotherOneIsNotApplied()
    {
        var mixed = PsychSets.Responses("missing").Take(3).Concat(PsychSets.Responses("complete").Take(1));
        FluentActions.Invoking(() => ItemImputation.Compute(Catalog, "missing", mixed, ImputationPolicy.All(ImputationMethod.Median)))
            .Should().Throw<ArgumentException>().WithMessage("Response 4 is to 'complete' 1.0.0; only responses to 'missing' 1.0.0 can be pooled here.*");
        FluentActions.Invoking(() => IntimacyKit.Psychometrics.NormsBuilder.Build(Catalog, "missing", mixed,
                new IntimacyKit.Psychometrics.NormsOptions { Sample = "s", Date = new DateOnly(2026, 11, 1) }))
            .Should().Throw<ArgumentException>().WithMessage("Response 4 is to 'complete'*");

        var other = ItemImputation.Compute(Catalog, "complete", PsychSets.Responses("complete"), ImputationPolicy.All(ImputationMethod.Median));
        var gap = PsychSets.Responses("missing").First(r => r.Answers.Any(a => a.Value is null));
        var result = Pipeline.Score(gap, other.AsProperties());

        result.Imputation.Should().BeNull();
        result.GetScore("total").Imputed.Should().Be(0);
        result.GetScore("total").Value.Should().Be(Pipeline.Score(gap).GetScore("total").Value);
        result.Warnings.Should().ContainSingle(w => w.Code == ScoringProblemCodes.WrongVersion && w.Message.Contains("missing answers were not filled in"));
    }

    [Fact]
    public void Policy_SaysEachScalesMethod_AndThePropertiesKeepWhatWasThere()
    {
        var policy = ImputationPolicy.All(ImputationMethod.Mean).WithScale("total", ImputationMethod.Median);
        var imputation = ItemImputation.Compute(Catalog, "missing", PsychSets.Responses("missing"), policy);
        var key = new ScoringPropertyKey<string>("host.note");

        (policy.Method, policy.For("total"), policy.For("other"), policy.Scales.Count).Should().Be((ImputationMethod.Mean, ImputationMethod.Median, ImputationMethod.Mean, 1));
        (imputation.AssessmentId, imputation.AssessmentVersion.ToString(), imputation.Policy).Should().Be(("missing", "1.0.0", policy));
        imputation.Items.Should().OnlyContain(i => i.ScaleId == "total" && i.Method == ImputationMethod.Median);
        var properties = imputation.AsProperties(ScoringProperties.Empty.With(key, "kept"));
        properties.GetValue(key, "lost").Should().Be("kept");
        properties.GetValue(ItemImputation.Key, null!).Should().BeSameAs(imputation);
        var gap = PsychSets.Responses("missing").First(r => r.Answers.Any(a => a.Value is null));
        var filled = Pipeline.Score(gap, properties).GetScore("total").Explain().Counted.First(p => p.ImputedBy != ImputationMethod.None);
        filled.ToString().Should().EndWith("(not answered; the item median)");
    }

    private static ImputationMethod Method(string name) => name switch
    {
        "median" => ImputationMethod.Median,
        "mean" => ImputationMethod.Mean,
        _ => ImputationMethod.None,
    };

    private static AssessmentResponse Response(Random random, double missingShare) => new(
        "complete", SemanticVersion.Parse("1.0.0"), "any",
        Enumerable.Range(1, 6).Select(i => random.NextDouble() < missingShare ? Answer.Skipped($"i{i}") : new Answer($"i{i}", random.Next(1, 6))),
        DateTimeOffset.UnixEpoch);
}
