using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

// Scores one quick check with the embedded default content (printing one scale and the disclaimer), then two responses
// read from CSV with IntimacyKit.Batch (printing how many were scored).
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

var statements = quickCheck.Items.Skip(quickCheck.SafetyItemCount).ToList();
var header = string.Join(',', statements.Select(static i => i.Id));
var csv = $"{header}\n{string.Join(',', statements.Select(static _ => "1"))}\n{string.Join(',', statements.Select(static _ => "2"))}\n";
var scored = pipeline.ScoreRows(ResponseReader.ReadCsv(new StringReader(csv), catalog, quickCheck.Id)).Count(static o => o.Result is not null);
Console.WriteLine($"Scored from CSV: {scored}");
