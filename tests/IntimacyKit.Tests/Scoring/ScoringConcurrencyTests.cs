using System.Collections.Concurrent;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Scoring;

public class ScoringConcurrencyTests
{
    [Fact]
    public void Score_ManyResponsesInParallel_GivesExactlyTheResultsOfScoringThemOneByOne()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var responses = Enumerable.Range(0, 2_000).Select(seed => ScoringPropertyTests.ValidResponse(new Random(seed), fully: false)).ToArray();
        var sequential = responses.Select(r => AssessmentResultSerializer.ToJson(pipeline.Score(r))).ToArray();

        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, responses.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = AssessmentResultSerializer.ToJson(pipeline.Score(responses[i])));

        Enumerable.Range(0, responses.Length).Select(i => parallel[i]).Should().Equal(sequential);
    }
}
