using IntimacyKit.Content;
using IntimacyKit.Scoring;

// Scores one quick check with the embedded default content and prints one scale and the disclaimer.
var catalog = DefaultContent.Catalog;
var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
var builder = AssessmentResponse.For(quickCheck, "friendship");
for (var i = 0; i < quickCheck.Items.Length; i++)
{
    // The safety statements with their lowest answer (no flag), the rest with 3.
    var item = quickCheck.Items[i];
    builder.Answer(item.Id, i < quickCheck.SafetyItemCount ? catalog.GetResponseScale(quickCheck, item).Min : 3);
}

var result = pipeline.Score(builder.Build(TimeProvider.System));
var first = result.Scales[0];
Console.WriteLine($"{first.Title}: {first.Value:0.00} ({first.Band?.Label})");
Console.WriteLine(result.Disclaimer);
