using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntimacyKit.Tests.Serialization;

/// <summary>The JSON Schema for authors (docs/schema/content-pack.schema.json) agrees with the reader.</summary>
public class ContentPackSchemaTests
{
    private static readonly string SchemaPath = Repository.PathOf("docs", "schema", "content-pack.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    public static TheoryData<string> PackFiles() => [.. Repository.PackFiles().Select(file => Path.GetRelativePath(Repository.Root, file))];

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Schema_EveryPackInTheRepository_Validates(string relativePath)
    {
        var json = File.ReadAllText(Path.Combine(Repository.Root, relativePath));

        Schema.Value.Validate(json).Should().BeEmpty();
        ContentPackReader.Default.ReadJson(json, relativePath).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Schema_RandomValidPacks_Validate()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var json = ContentPackWriter.ToJson(RandomPacks.Generate(new Random(seed)));

            Schema.Value.Validate(json).Should().BeEmpty($"generated pack {seed} is valid");
        }
    }

    [Fact]
    public void Schema_PropertiesOfEachDefinition_MatchWhatTheReaderAccepts()
    {
        var schema = JObject.Parse(File.ReadAllText(SchemaPath));

        foreach (var (definition, members) in ContentPackJson.MembersByDefinition)
        {
            var node = definition == "contentPack" ? schema : (JObject)schema["definitions"]![definition]!;
            ((JObject)node["properties"]!).Properties().Select(p => p.Name).Should().BeEquivalentTo(members, definition);
            node["additionalProperties"]!.Value<bool>().Should().BeFalse(definition);
        }
    }

    [Fact]
    public void Schema_UnknownPropertyAndBadEnum_AreRejected()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"mode\": \"together\",", "\"mode\": \"group\",\n      \"colour\": \"red\",");

        json = TestPacks.ReplaceOnce(json, "\"weight\": 0.5", "\"weight\": 0");

        var errors = Flatten(Schema.Value.Validate(json)).ToList();

        errors.Should().Contain(e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Path == "#/exercises[2].colour");
        errors.Should().Contain(e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path == "#/exercises[2].mode");
        errors.Should().Contain(e => e.Path == "#/assessments[0].composites[0].components[1].weight");
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
        => errors.SelectMany(e => e is ChildSchemaValidationError child
            ? Flatten(child.Errors.SelectMany(pair => pair.Value)).Prepend(e)
            : [e]);
}
