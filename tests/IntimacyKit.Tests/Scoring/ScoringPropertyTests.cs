using CsCheck;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Tests.Scoring;

/// <summary>Invariants of scoring over generated responses to the default content (CsCheck, fixed seed, 10,000 cases each).</summary>
public class ScoringPropertyTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Cases = 10_000;

    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);
    private static readonly Assessment[] Assessments = [.. Catalog.Assessments];
    private static readonly string[] Kinds = [.. Catalog.RelationshipKinds.Select(k => k.Id)];

    private static readonly Gen<AssessmentResponse> ValidResponses = Gen.Int.Select(seed => ValidResponse(new Random(seed), fully: false));

    [Fact]
    public void Score_AnyValidResponse_KeepsEveryScoreWithinItsPossibleRange()
    {
        ValidResponses.Sample(
            response =>
            {
                var result = Pipeline.Score(response);
                for (var i = 0; i < result.Layout.Scores.Length; i++)
                {
                    var layout = result.Layout.Scores[i];
                    if (new ScaleScore(result, i).Value is { } value)
                    {
                        value.Should().BeInRange(layout.Lowest - 1e-12, layout.Highest + 1e-12, layout.Id);
                    }
                }
            },
            seed: Seed,
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public void Score_ShuffledAnswers_GiveTheSameScoresFlagsAndBands()
    {
        Gen.Int.Sample(
            seed =>
            {
                var rng = new Random(seed);
                var response = ValidResponse(rng, fully: false);
                var shuffled = response.Answers.ToArray();
                rng.Shuffle(shuffled);
                var other = new AssessmentResponse(response.AssessmentId, response.AssessmentVersion, response.RelationshipKind, shuffled, response.CompletedAt);

                Fingerprint(Pipeline.Score(other)).Should().Be(Fingerprint(Pipeline.Score(response)));
            },
            seed: Seed,
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public void ReverseKey_AppliedTwice_IsTheIdentity()
    {
        var twice = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.ReverseKey, ScoringStage.Create("reverse-again", context => new ReverseKeyStage().Execute(context)))
            .InsertAfter("reverse-again", ScoringStage.Create("check", context =>
            {
                for (var i = 0; i < context.ItemCount; i++)
                {
                    context.KeyedAnswer(i).Should().Be(context.RawAnswer(i));
                }

                return StageFlow.Continue;
            }))
            .Build(Catalog);

        ValidResponses.Sample(response => twice.Score(response), seed: Seed, iter: Cases, threads: 1);
    }

    [Fact]
    public void Score_FullyAnsweredResponse_ScoresEveryScaleAndComposite()
    {
        Gen.Int.Sample(
            seed =>
            {
                var result = Pipeline.Score(ValidResponse(new Random(seed), fully: true));

                result.Scales.Should().OnlyContain(s => s.IsScored && s.Answered == s.Count);
                result.Composites.Where(s => !s.IsScored).Should().BeEmpty();
                result.Scales.Should().OnlyContain(s => s.Band != null, "the default bands cover the whole range");
            },
            seed: Seed,
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public void Score_AnyGeneratedInput_GivesAResultOrAScoringExceptionOnly()
    {
        var lenient = new ScoringPipelineBuilder().AddDefaultStages(new ScoringOptions { Validation = new ValidationOptions { Policy = ValidationPolicy.Lenient } }).Build(Catalog);
        var outcomes = new int[2];
        Gen.Int.Sample(
            seed =>
            {
                var rng = new Random(seed);
                var response = AnyResponse(rng);
                foreach (var pipeline in new[] { Pipeline, lenient })
                {
                    try
                    {
                        pipeline.Score(response);
                        outcomes[0]++;
                    }
                    catch (ScoringException exception)
                    {
                        exception.Problems.Should().NotBeEmpty();
                        outcomes[1]++;
                    }
                }
            },
            seed: Seed,
            iter: Cases,
            threads: 1);

        outcomes.Should().OnlyContain(count => count > 1_000, "both outcomes are exercised");
    }

    [Fact]
    public void ResponseQuality_StraightLiningFlag_MatchesACountOfTheMostCommonAnswer()
    {
        var profile = Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var flagged = 0;
        Gen.Int.Sample(
            seed =>
            {
                var rng = new Random(seed);
                var favourite = rng.Next(1, 6);
                var loyalty = 0.8 + (rng.NextDouble() * 0.2);
                var answers = profile.Items
                    .Where(item => item.Scale is not null && rng.NextDouble() > 0.1)
                    .Select(item => new Answer(item.Id, rng.NextDouble() < loyalty ? favourite : rng.Next(1, 6)))
                    .ToList();
                var scored = answers.Where(a => profile.Items.Single(i => i.Id == a.ItemId).Scale is not null).ToList();
                var mode = scored.GroupBy(a => a.Value).Select(g => g.Count()).DefaultIfEmpty(0).Max();
                var anyReverse = scored.Any(a => profile.Items.Single(i => i.Id == a.ItemId).Reverse);
                var expected = scored.Count >= 10 && anyReverse && mode >= 0.9 * scored.Count;

                var result = Pipeline.Score(new AssessmentResponse(profile.Id, profile.Version, "romantic", answers, DateTimeOffset.UnixEpoch));

                result.QualityFlags.Any(f => f.Kind == QualityFlagKind.StraightLining).Should().Be(expected);
                flagged += expected ? 1 : 0;
            },
            seed: Seed,
            iter: Cases,
            threads: 1);

        flagged.Should().BeInRange(1_000, 9_000, "both outcomes are exercised");
    }

    internal static AssessmentResponse ValidResponse(Random rng, bool fully)
    {
        var assessment = Assessments[rng.Next(Assessments.Length)];
        var skipRate = fully ? 0 : rng.NextDouble() * 0.6;
        var answers = new List<Answer>();
        foreach (var item in assessment.Items)
        {
            var roll = rng.NextDouble();
            if (roll < skipRate / 2)
            {
                continue;
            }

            answers.Add(roll < skipRate
                ? Answer.Skipped(item.Id)
                : new Answer(item.Id, rng.Next(Catalog.GetResponseScale(assessment, item).Min, Catalog.GetResponseScale(assessment, item).Max + 1), rng.Next(4) == 0 ? TimeSpan.FromMilliseconds(rng.Next(100, 9000)) : null));
        }

        return new AssessmentResponse(assessment.Id, assessment.Version, Kinds[rng.Next(Kinds.Length)], answers, DateTimeOffset.UnixEpoch.AddDays(rng.Next(1000)));
    }

    private static AssessmentResponse AnyResponse(Random rng)
    {
        var valid = ValidResponse(rng, fully: false);
        var answers = valid.Answers.ToList();
        for (var k = rng.Next(0, 4); k > 0; k--)
        {
            switch (rng.Next(4))
            {
                case 0 when answers.Count > 0:
                    answers.Add(answers[rng.Next(answers.Count)]);
                    break;
                case 1:
                    answers.Add(new Answer("item-" + rng.Next(100), rng.Next(-3, 9)));
                    break;
                case 2 when answers.Count > 0:
                    var index = rng.Next(answers.Count);
                    answers[index] = new Answer(answers[index].ItemId, rng.Next(2) == 0 ? int.MinValue : int.MaxValue);
                    break;
                default:
                    answers.Add(new Answer(string.Empty, 0));
                    break;
            }
        }

        var assessmentId = rng.Next(20) == 0 ? "unknown" : valid.AssessmentId;
        var version = rng.Next(20) == 0 ? SemanticVersion.Parse("9.9.9") : valid.AssessmentVersion;
        var kind = rng.Next(20) == 0 ? "stranger" : valid.RelationshipKind;
        return new AssessmentResponse(assessmentId, version, kind, answers, valid.CompletedAt);
    }

    private static string Fingerprint(AssessmentResult result)
        => string.Join(";", result.Scales.Concat(result.Composites).Select(s => $"{s.Id}={s.Value:R}/{s.Answered}/{s.Band?.Id}"))
           + "|" + string.Join(",", result.SafetyFlags.Select(f => f.RuleId))
           + "|" + string.Join(",", result.QualityFlags.Select(f => f.Kind + ":" + string.Join("+", f.ItemIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
