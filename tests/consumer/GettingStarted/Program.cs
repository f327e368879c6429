using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.Extensions.DependencyInjection;

using var services = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();
var catalog = services.GetRequiredService<ContentCatalog>();
var pipeline = services.GetRequiredService<ScoringPipeline>();
var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

// One person's answers, about their partner: the safety statements first, each on its own scale.
var answers = AssessmentResponse.For(quickCheck, "romantic");
for (var i = 0; i < quickCheck.Items.Length; i++)
{
    var scale = catalog.GetResponseScale(quickCheck, quickCheck.Items[i]);
    answers.Answer(quickCheck.Items[i].Id, i < quickCheck.SafetyItemCount ? scale.Min : scale.Max - (i % 3));
}
var result = pipeline.Score(answers.Build(TimeProvider.System));
if (result.HasSafetyFlags)
{
    result.SupportMessages.ToList().ForEach(Console.WriteLine); // support comes before anything else
}

foreach (var score in result.Scales)
{
    Console.WriteLine($"{score.Title}: {score.Value:0.00} ({score.Band?.Label})");
}

result.Recommendations.ToList().ForEach(r => Console.WriteLine($"Something to try: {r.Exercise.Title}"));
Console.WriteLine(result.Disclaimer);
