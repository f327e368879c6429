using System.Globalization;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.BatchFiles;

public class ResponseReaderTests
{
    private static readonly ContentCatalog Catalog = new(ScoringPacks.Create());
    private static readonly ResponseReaderOptions Options = new() { CompletedAt = DateTimeOffset.UnixEpoch };

    private static List<BatchRow> Csv(string text) => [.. ResponseReader.ReadCsv(new StringReader(text), Catalog, ScoringPacks.AssessmentId, Options)];

    private static List<BatchRow> JsonLines(string text) => [.. ResponseReader.ReadJsonLines(new StringReader(text), Catalog, ScoringPacks.AssessmentId, Options)];

    [Fact]
    public void Csv_HeaderOfItemIds_IdColumn_EmptyAndNaCellsAreSkips()
    {
        var rows = Csv("id,a1,a2,a3,a4\nr1,1,2,,NA\n\"r,2\",5,4,3,2\n");

        rows.Should().HaveCount(2);
        rows[0].Line.Should().Be(2);
        rows[0].RowId.Should().Be("r1");
        rows[0].Response!.Answers.Select(a => a.ToString()).Should().Equal("a1=1", "a2=2", "a3=skipped", "a4=skipped");
        rows[0].Response!.RelationshipKind.Should().Be("romantic");
        rows[0].Response!.CompletedAt.Should().Be(DateTimeOffset.UnixEpoch);
        rows[1].RowId.Should().Be("r,2");
        rows[1].Response!.Answers.Select(a => a.Value).Should().Equal(5, 4, 3, 2);
    }

    [Fact]
    public void Csv_MalformedRows_ReportLineAndColumn_AndReadingGoesOn()
    {
        var rows = Csv("id,a1,a2\nr1,1,2\nr2,x,2\nr3,1\nr4,1,2,3\n\nr5,3,3\n");

        rows.Select(r => (r.Line, r.RowId, r.IsMalformed)).Should().Equal((2L, "r1", false), (3L, "r2", true), (4L, "r3", true), (5L, "r4", true), (7L, "r5", false));
        rows[1].Problem.Should().Be("column 'a1': 'x' is not a whole number; answers are whole numbers, and an empty cell is a skipped answer.");
        rows[2].Problem.Should().Be("2 columns, but the header has 3.");
        rows[3].Problem.Should().Be("4 columns, but the header has 3.");
    }

    [Fact]
    public void Csv_WindowsLineEndingsSpacesAndAByteOrderMark_AreReadAsUsual()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intimacykit-crlf-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id , a1,a2\r\nr1, 4 , NA \r\nr2,5,\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var rows = ResponseReader.ReadFile(path, Catalog, ScoringPacks.AssessmentId, Options).ToList();

            rows.Select(r => (r.Line, r.RowId)).Should().Equal((2L, "r1"), (3L, "r2"));
            rows[0].Response!.Answers.Select(a => a.ToString()).Should().Equal("a1=4", "a2=skipped");
            rows[1].Response!.Answers.Select(a => a.ToString()).Should().Equal("a1=5", "a2=skipped");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_LineNumbersCountQuotedNewlines()
    {
        var rows = Csv("id,a1\n\"multi\nline\",1\nnext,2\n");

        rows.Select(r => (r.Line, r.RowId)).Should().Equal((2L, "multi\nline"), (4L, "next"));
    }

    [Fact]
    public void Csv_UnknownOrRepeatedColumn_IsAHeaderError_NamingTheAllowedColumns()
    {
        var unknown = () => Csv("id,a1,a5\n1,2,3\n");
        var twice = () => Csv("a1,a1\n1,2\n");

        unknown.Should().Throw<ResponseFileException>().Where(e => e.Line == 1)
            .WithMessage("line 1: column 'a5' is not an item of 'vectors'; allowed: id, relationship, danger, a1, a2, a3, a4, b1, b2, b3, b4.");
        twice.Should().Throw<ResponseFileException>().WithMessage("line 1: column 'a1' appears twice in the header.");
    }

    [Fact]
    public void Csv_RelationshipColumn_OverridesTheDefaultKind_EmptyHeaderGivesNoRows()
    {
        var rows = Csv("relationship,a1\nfriendship,3\n,4\n");

        rows.Select(r => r.Response!.RelationshipKind).Should().Equal("friendship", "romantic");
        rows[0].RowId.Should().BeNull();
        Csv(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void JsonLines_ObjectsPerLine_NullIsASkip_BlankLinesIgnored()
    {
        var rows = JsonLines("{\"id\":\"r1\",\"answers\":{\"a1\":3,\"a2\":null}}\n\n{\"id\":7,\"relationship\":\"sibling\",\"answers\":{}}\n");

        rows.Select(r => (r.Line, r.RowId)).Should().Equal((1L, "r1"), (3L, "7"));
        rows[0].Response!.Answers.Select(a => a.ToString()).Should().Equal("a1=3", "a2=skipped");
        rows[1].Response!.RelationshipKind.Should().Be("sibling");
    }

    [Theory]
    [InlineData("{\"answers\":{\"a1\":2.5}}", "$.answers.a1: expected a whole number or null, found float '2.5'.")]
    [InlineData("{\"answers\":{\"a1\":\"3\"}}", "$.answers.a1: expected a whole number or null, found string '3'.")]
    [InlineData("{\"answers\":[1,2]}", "$.answers: expected an object of item ids to whole numbers or null.")]
    [InlineData("{\"id\":\"x\"}", "$.answers: missing; give an object of item ids to whole numbers or null.")]
    [InlineData("{\"answer\":{}}", "$.answer: unknown property; allowed: id, relationship, answers.")]
    [InlineData("{\"answers\":{}} {}", "unexpected content after the object; each line holds one JSON object.")]
    [InlineData("{\"answers\":{\"a1\":1,\"a1\":2}}", "not a JSON object: *a1*")]
    [InlineData("[1]", "not a JSON object: *")]
    [InlineData("{\"answers\":", "not a JSON object: *")]
    public void JsonLines_BadLine_IsMalformedWithThePath(string line, string problem)
    {
        var rows = JsonLines("{\"answers\":{\"a1\":1}}\n" + line + "\n{\"answers\":{\"a1\":2}}");

        rows.Should().HaveCount(3);
        rows[1].Line.Should().Be(2);
        rows[1].Problem.Should().Match(problem);
        rows[2].IsMalformed.Should().BeFalse();
    }

    [Fact]
    public void ReadFile_ChoosesTheFormatByExtension_AndRefusesOthers()
    {
        var folder = Directory.CreateTempSubdirectory("intimacykit-reader-");
        try
        {
            var csv = Path.Combine(folder.FullName, "in.csv");
            var jsonl = Path.Combine(folder.FullName, "in.JSONL");
            File.WriteAllText(csv, "a1\n4\n");
            File.WriteAllText(jsonl, "{\"answers\":{\"a1\":4}}\n");

            ResponseReader.ReadFile(csv, Catalog, ScoringPacks.AssessmentId).Single().Response!.Answers.Single().Value.Should().Be(4);
            ResponseReader.ReadFile(jsonl, Catalog, ScoringPacks.AssessmentId).Single().Response!.Answers.Single().Value.Should().Be(4);
            var other = () => ResponseReader.ReadFile(Path.Combine(folder.FullName, "in.xlsx"), Catalog, ScoringPacks.AssessmentId);
            other.Should().Throw<ResponseFileException>().WithMessage("in.xlsx: unsupported extension '.xlsx'; use .csv, .jsonl or .ndjson.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Csv_RPsychData_ScoredThroughReaderAndPipeline_AgreesWithScoreItems()
    {
        var catalog = new ContentCatalog(PsychVectors.Pack());
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        using var text = File.OpenText(PsychVectors.DataPath("psych-data.csv"));
        var expected = PsychVectors.ReadCsv("psych-scores.csv").Rows;

        var outcomes = pipeline.ScoreRows(ResponseReader.ReadCsv(text, catalog, PsychVectors.AssessmentId)).ToList();

        outcomes.Should().HaveCount(600);
        outcomes.Where(o => !o.IsScored).Should().BeEmpty();
        for (var row = 0; row < outcomes.Count; row++)
        {
            outcomes[row].Line.Should().Be(row + 2);
            for (var s = 0; s < PsychVectors.Scales.Length; s++)
            {
                var ours = outcomes[row].Result!.GetScore(PsychVectors.Scales[s].Scale).Value;
                if (expected[row][s] is { } r)
                {
                    ours!.Value.Should().BeApproximately(r, 1e-9, string.Create(CultureInfo.InvariantCulture, $"row {row + 1}"));
                }
                else
                {
                    ours.Should().BeNull();
                }
            }
        }
    }
}
