using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Serialization;

public class ContentPackReaderTests
{
    [Fact]
    public void ReadJson_ValidPack_BindsEveryPart()
    {
        var result = ContentPackReader.Default.ReadJson(TestPacks.Json, "test-pack.json");

        result.Problems.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
        var pack = result.Pack!;
        pack.Id.Should().Be("test-pack");
        pack.Version.Should().Be(SemanticVersion.Parse("1.0.0"));
        pack.RelationshipKinds.Select(k => k.Target).Should().Equal("your partner", "your sibling");
        pack.Obstacles.Should().HaveCount(2);
        pack.Obstacles[0].Related.Should().Equal("not-listening");
        var talk = pack.Exercises.Single(e => e.Id == "mask-off-talk");
        talk.Mode.Should().Be(ExerciseMode.Conversation);
        talk.Difficulty.Should().Be(Difficulty.Stretching);
        talk.Frequency.Should().Be(ExerciseFrequency.Weekly);
        talk.Contraindications.Should().Equal("current-harm");
        pack.Exercises[0].FollowUp.Should().Be("mask-off-talk");
        var assessment = pack.Assessments.Single();
        assessment.ItemsOf("masks").Select(i => i.Id).Should().Equal("masks-1", "masks-2", "masks-3");
        assessment.TryGetItem("masks-2", out var reversed).Should().BeTrue();
        reversed!.Reverse.Should().BeTrue();
        assessment.Scales[1].Aggregation.Should().Be(Aggregation.Sum);
        assessment.Scales[0].Norms!.StandardDeviation.Should().Be(0.8);
        assessment.Composites.Single().Components.Select(c => c.Weight).Should().Equal(1.0, 0.5);
        assessment.SafetyRules.Single().Severity.Should().Be(SafetySeverity.Urgent);
        assessment.DyadicPairs.Single().OtherItem.Should().Be("listen-other");
        pack.SupportResources.Select(r => r.Kind).Should().Equal("emergency-services", "therapist");
    }

    [Fact]
    public void ReadFile_ValidPack_UsesThePathAsSource()
    {
        var result = ContentPackReader.Default.ReadFile(TestPacks.TestPackPath);

        result.Succeeded.Should().BeTrue();
        result.Source.Should().Be(TestPacks.TestPackPath);
    }

    [Fact]
    public async Task ReadAsync_ValidPack_Succeeds()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TestPacks.Json));

        var result = await ContentPackReader.Default.ReadAsync(stream, "stream");

        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestPacks.Json)).ToArray();

        var result = ContentPackReader.Default.Read(new MemoryStream(bytes), "bom.json");

        result.Problems.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Read_Utf16Text_IsRejectedAtTheStart()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TestPacks.Json)).ToArray();

        var problem = SingleProblem(ContentPackReader.Default.Read(new MemoryStream(bytes), "utf16.json"));

        problem.Code.Should().Be(ContentProblemCodes.Encoding);
        problem.Message.Should().Contain("UTF-16").And.Contain("UTF-8");
        (problem.Line, problem.Column).Should().Be((1, 1));
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsTheByteAndItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(TestPacks.Json);
        var at = TestPacks.Json.IndexOf("Test pack", StringComparison.Ordinal);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var problem = SingleProblem(ContentPackReader.Default.Read(new MemoryStream(bytes), "bad.json"));

        problem.Code.Should().Be(ContentProblemCodes.Encoding);
        problem.Message.Should().Contain("0xC3").And.Contain($"byte offset {at}");
        problem.Line.Should().Be(TestPacks.LineOf(TestPacks.Json, "Test pack"));
        problem.Source.Should().Be("bad.json");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void ReadJson_EmptyInput_SaysItIsEmpty(string json)
    {
        var problem = SingleProblem(ContentPackReader.Default.ReadJson(json, "empty.json"));

        problem.Code.Should().Be(ContentProblemCodes.Syntax);
        problem.Message.Should().Contain("empty");
        problem.Line.Should().Be(1);
    }

    [Fact]
    public void ReadJson_TruncatedFile_ReportsWhereItEnds()
    {
        var truncated = TestPacks.Json[..(TestPacks.Json.Length / 2)];

        var problem = SingleProblem(ContentPackReader.Default.ReadJson(truncated, "truncated.json"));

        problem.Code.Should().Be(ContentProblemCodes.Syntax);
        problem.Line.Should().BeGreaterThan(1);
        problem.Message.Should().NotContain("Path '", "the location is carried as data, not repeated in the text");
    }

    [Fact]
    public void ReadJson_TrailingContent_IsRejected()
    {
        var problem = SingleProblem(ContentPackReader.Default.ReadJson(TestPacks.Json + "\n{}", "trailing.json"));

        problem.Code.Should().Be(ContentProblemCodes.Syntax);
        problem.Line.Should().Be(TestPacks.Json.Count(c => c == '\n') + 2);
    }

    [Fact]
    public void ReadJson_DuplicateKey_NamesThePropertyAndLine()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"title\": \"Test pack\",", "\"title\": \"Test pack\",\n  \"title\": \"Again\",");

        var problem = SingleProblem(ContentPackReader.Default.ReadJson(json, "dup.json"));

        problem.Code.Should().Be(ContentProblemCodes.DuplicateProperty);
        problem.Message.Should().Contain("'title'");
        problem.Line.Should().Be(TestPacks.LineOf(json, "\"Again\""));
    }

    [Fact]
    public void ReadJson_TypeMetadata_IsRejectedAsUnknown()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"id\": \"test-pack\",", "\"$type\": \"System.IO.FileInfo, System.IO\",\n  \"id\": \"test-pack\",");

        var problem = SingleProblem(ContentPackReader.Default.ReadJson(json, "type.json"));

        problem.Code.Should().Be(ContentProblemCodes.UnknownProperty);
        problem.Path.Should().Be("$.$type");
        problem.Message.Should().Contain("Metadata property '$type' is not allowed");
        problem.Line.Should().Be(TestPacks.LineOf(json, "$type"));
    }

    [Fact]
    public void ReadJson_SchemaLink_IsAcceptedAndOtherMetadataIsNot()
    {
        var linked = TestPacks.ReplaceOnce(TestPacks.Json, "\"format\":", "\"$schema\": \"../docs/schema/content-pack.schema.json\",\n  \"format\":");
        var withId = TestPacks.ReplaceOnce(TestPacks.Json, "\"format\":", "\"$id\": \"x\",\n  \"format\":");

        ContentPackReader.Default.ReadJson(linked).Succeeded.Should().BeTrue();
        SingleProblem(ContentPackReader.Default.ReadJson(withId)).Path.Should().Be("$.$id");
    }

    [Fact]
    public void ReadJson_DeepNesting_StopsAtTheDepthCap()
    {
        var json = "{\"format\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var problem = SingleProblem(ContentPackReader.Default.ReadJson(json, "deep.json"));

        problem.Code.Should().Be(ContentProblemCodes.Syntax);
        problem.Message.Should().Contain("MaxDepth of 32");
        problem.Line.Should().Be(1);
    }

    [Fact]
    public void Read_FiftyMebibyteStream_IsRejectedBeforeParsing()
    {
        using var stream = new RepeatingStream(50L * 1024 * 1024, seekable: false);

        var problem = SingleProblem(ContentPackReader.Default.Read(stream, "huge.json"));

        problem.Code.Should().Be(ContentProblemCodes.TooLarge);
        problem.Message.Should().Contain("4,194,304");
        stream.BytesRead.Should().BeLessThanOrEqualTo(ContentPackReaderOptions.DefaultMaxBytes + 81920, "reading stops at the cap");
    }

    [Fact]
    public void Read_SeekableStreamOverTheCap_IsRejectedWithoutReading()
    {
        using var stream = new RepeatingStream(50L * 1024 * 1024, seekable: true);

        var problem = SingleProblem(ContentPackReader.Default.Read(stream, "huge.json"));

        problem.Code.Should().Be(ContentProblemCodes.TooLarge);
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void ReadJson_ConfiguredCap_IsHonoured()
    {
        var reader = new ContentPackReader(new ContentPackReaderOptions { MaxBytes = 1024 });

        SingleProblem(reader.ReadJson(TestPacks.Json)).Code.Should().Be(ContentProblemCodes.TooLarge);
    }

    [Theory]
    [InlineData(0L, 32)]
    [InlineData(ContentPackReaderOptions.MaxAllowedBytes + 1, 32)]
    [InlineData(1024L, 7)]
    [InlineData(1024L, 65)]
    public void Constructor_OptionsOutOfRange_Throw(long maxBytes, int maxDepth)
    {
        var create = () => new ContentPackReader(new ContentPackReaderOptions { MaxBytes = maxBytes, MaxDepth = maxDepth });

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value should be in range*");
    }

    [Fact]
    public void ReadJson_RootIsNotAnObject_SaysWhatIsExpected()
    {
        var problem = SingleProblem(ContentPackReader.Default.ReadJson("[1, 2]", "array.json"));

        problem.Code.Should().Be(ContentProblemCodes.WrongType);
        problem.Path.Should().Be("$");
        problem.Message.Should().Be("the content pack should be a JSON object; found an array.");
    }

    [Fact]
    public void ReadJson_WrongTypes_AreAllReportedWithPathsAndLines()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"minutes\": 10,", "\"minutes\": \"ten\",");
        json = TestPacks.ReplaceOnce(json, "\"reverse\": true\n        },\n        {\n          \"id\": \"masks-3\"", "\"reverse\": \"yes\"\n        },\n        {\n          \"id\": \"masks-3\"");
        json = TestPacks.ReplaceOnce(json, "\"signs\": [\n        \"You plan", "\"signs\": [\n        42, \"You plan");

        var result = ContentPackReader.Default.ReadJson(json, "types.json");

        result.Succeeded.Should().BeFalse();
        result.Problems.Should().HaveCount(3);
        result.Problems.Select(p => p.Code).Should().AllBe(ContentProblemCodes.WrongType);
        result.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.exercises[0].minutes",
            "$.assessments[0].items[2].reverse",
            "$.obstacles[1].signs[0]");
        result.Problems.Single(p => p.Path == "$.exercises[0].minutes").Message
            .Should().Be("'minutes' of an exercise should be a whole number; found the text \"ten\".");
        result.Problems.Single(p => p.Path == "$.exercises[0].minutes").Line.Should().Be(TestPacks.LineOf(json, "\"ten\""));
    }

    [Fact]
    public void Load_InvalidPack_ThrowsWithEveryProblem()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"minutes\": 10,", "\"minutes\": 0,");
        json = TestPacks.ReplaceOnce(json, "\"culture\": \"en\",", "\"culture\": \"english!\",");

        var load = () => ContentPackReader.Default.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "two.json");

        var exception = load.Should().Throw<ContentValidationException>().Which;
        exception.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.culture", "$.exercises[0].minutes");
        exception.Message.Should().StartWith("Content is invalid: 2 problems.").And.Contain("two.json:");
    }

    [Fact]
    public void ContentProblem_ToString_UsesCompilerStyle()
    {
        var problem = new ContentProblem(ContentProblemCodes.EmptyText, "Title is empty.", "$.title", "pack.json", 3, 12);

        problem.ToString().Should().Be("pack.json:3:12: $.title: Title is empty.");
        new ContentProblem(ContentProblemCodes.EmptyText, "Title is empty.", "$.title").ToString().Should().Be("$.title: Title is empty.");
    }

    private static ContentProblem SingleProblem(ContentLoadResult result)
    {
        result.Succeeded.Should().BeFalse();
        result.Pack.Should().BeNull();
        return result.Problems.Should().ContainSingle().Which;
    }

    /// <summary>A stream of spaces that counts what is read, without holding 50 MiB in memory.</summary>
    private sealed class RepeatingStream(long length, bool seekable) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
