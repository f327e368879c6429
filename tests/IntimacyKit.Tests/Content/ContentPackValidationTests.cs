using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Content;

/// <summary>One failing fixture per validation rule: a single edit of the valid test pack, and the located problem it must cause.</summary>
public class ContentPackValidationTests
{
    public static TheoryData<Fixture> Fixtures => new()
    {
        new("pack id", "\"id\": \"test-pack\",", "\"id\": \"Test Pack\",", ContentProblemCodes.InvalidValue, "$.id", "Pack id 'Test Pack' is not a valid id"),
        new("culture", "\"culture\": \"en\",", "\"culture\": \"english!\",", ContentProblemCodes.InvalidValue, "$.culture", "is not a BCP 47 language tag"),
        new("pack version", "\"version\": \"1.0.0\",\n  \"culture\"", "\"version\": \"1.0\",\n  \"culture\"", ContentProblemCodes.InvalidValue, "$.version", "which is not a semantic version"),
        new("format", "\"intimacykit/content-pack@1\"", "\"intimacykit/content-pack@9\"", ContentProblemCodes.InvalidValue, "$.format", "is not supported; this version reads \"intimacykit/content-pack@1\""),
        new("empty title", "\"title\": \"Test pack\",", "\"title\": \"  \",", ContentProblemCodes.EmptyText, "$.title", "Pack title is empty"),
        new("missing property", "\"license\": \"MIT\",\n", string.Empty, ContentProblemCodes.MissingProperty, "$.license", "'license' of the content pack should be a text; it is missing.", "{"),
        new("unknown property", "\"category\": \"masks\",", "\"category\": \"masks\",\n      \"colour\": \"red\",", ContentProblemCodes.UnknownProperty, "$.obstacles[0].colour", "Unknown property 'colour' in an obstacle. Allowed: category, id, origins, related, signs, summary, title", "\"colour\""),
        new("duplicate id", "\"id\": \"sibling\",", "\"id\": \"romantic\",", ContentProblemCodes.DuplicateId, "$.relationshipKinds[1].id", "The relationship kind id 'romantic' is already used at $.relationshipKinds[0]", "\"id\": \"romantic\",\n      \"title\": \"Sibling\""),
        new("obstacle category id", "\"category\": \"masks\",", "\"category\": \"Masks\",", ContentProblemCodes.InvalidValue, "$.obstacles[0].category", "Obstacle category 'Masks' is not a valid id"),
        new("obstacle signs", "\"signs\": [\n        \"You change how you act to fit whoever is in the room.\"\n      ],", "\"signs\": [],", ContentProblemCodes.EmptyText, "$.obstacles[0].signs", "signs are missing; give at least 1"),
        new("related to itself", "\"related\": [\n        \"not-listening\"", "\"related\": [\n        \"wearing-masks\"", ContentProblemCodes.InvalidValue, "$.obstacles[0].related[0]", "lists itself as related", LineOffset: 1),
        new("exercise target", "\"wearing-masks\"\n      ],\n      \"mode\": \"journal\"", "\"wearing-mask\"\n      ],\n      \"mode\": \"journal\"", ContentProblemCodes.UnresolvedReference, "$.exercises[0].targets[0]", "Exercise 'mask-notes' targets obstacle 'wearing-mask', which this pack does not define. Defined: not-listening, wearing-masks."),
        new("exercise relationship kind", "\"romantic\"\n      ]\n    }\n  ],\n  \"responseScales\"", "\"partner\"\n      ]\n    }\n  ],\n  \"responseScales\"", ContentProblemCodes.UnresolvedReference, "$.exercises[2].relationshipKinds[0]", "Exercise 'echo-back' names relationship kind 'partner'"),
        new("repeated reference", "\"romantic\",\n        \"sibling\"\n      ],\n      \"followUp\"", "\"romantic\",\n        \"romantic\"\n      ],\n      \"followUp\"", ContentProblemCodes.DuplicateId, "$.exercises[0].relationshipKinds[1]", "'romantic' twice; list each id once", "\"romantic\"\n      ],\n      \"followUp\""),
        new("contraindication", "\"contraindications\": [\n        \"current-harm\"", "\"contraindications\": [\n        \"harm\"", ContentProblemCodes.UnresolvedReference, "$.exercises[1].contraindications[0]", "is contraindicated by safety flag (raised by a safety rule) 'harm'", "\"harm\""),
        new("follow-up unknown", "\"followUp\": \"mask-off-talk\"", "\"followUp\": \"nope\"", ContentProblemCodes.UnresolvedReference, "$.exercises[0].followUp", "has follow-up exercise 'nope'"),
        new("follow-up itself", "\"followUp\": \"mask-off-talk\"", "\"followUp\": \"mask-notes\"", ContentProblemCodes.InvalidValue, "$.exercises[0].followUp", "names itself as its follow-up"),
        new("follow-up loop", "\"frequency\": \"weekly\",", "\"frequency\": \"weekly\",\n      \"followUp\": \"mask-notes\",", ContentProblemCodes.InvalidValue, "$.exercises[0].followUp", "Follow-ups form a loop: mask-notes -> mask-off-talk -> mask-notes", "\"followUp\": \"mask-off-talk\""),
        new("exercise minutes", "\"minutes\": 20,", "\"minutes\": 500,", ContentProblemCodes.InvalidValue, "$.exercises[1].minutes", "takes 500 minutes; value should be in range [1-240]"),
        new("exercise difficulty", "\"difficulty\": 2,", "\"difficulty\": 5,", ContentProblemCodes.InvalidValue, "$.exercises[2].difficulty", "Difficulty 5 is not allowed; value should be in range [1-3]"),
        new("exercise mode", "\"mode\": \"together\",", "\"mode\": \"group\",", ContentProblemCodes.InvalidValue, "$.exercises[2].mode", "'mode' of an exercise is \"group\"; allowed: conversation, journal, solo, together."),
        new("empty step", "\"Pick a calm moment.\",", "\"  \",", ContentProblemCodes.EmptyText, "$.exercises[1].steps[0]", "steps: entry 0 is empty"),
        new("response scale range", "\"max\": 5,", "\"max\": 1,", ContentProblemCodes.InvalidValue, "$.responseScales[0].max", "has min 1 and max 1; max should be greater than min"),
        new("response scale far out", "\"max\": 5,", "\"max\": 50000,", ContentProblemCodes.InvalidValue, "$.responseScales[0].max", "runs from 1 to 50000; its values should be in range [-10000, 10000]"),
        new("response scale labels", "\"Agree\",\n        \"Strongly agree\"", "\"Agree\"", ContentProblemCodes.InvalidValue, "$.responseScales[0].labels", "needs 5 labels, one per point; it has 4", "\"labels\""),
        new("assessment version", "\"version\": \"1.0.0\",\n      \"title\"", "\"version\": \"v1\",\n      \"title\"", ContentProblemCodes.InvalidValue, "$.assessments[0].version", "\"v1\", which is not a semantic version"),
        new("assessment response scale", "\"responseScale\": \"agree-5\",", "\"responseScale\": \"agree-7\",", ContentProblemCodes.UnresolvedReference, "$.assessments[0].responseScale", "Assessment 'mini-profile' uses response scale 'agree-7'"),
        new("duplicate item id", "\"id\": \"masks-3\",", "\"id\": \"masks-2\",\n          \"x\": 1,", ContentProblemCodes.UnknownProperty, "$.assessments[0].items[3].x", "Unknown property 'x' in an item", "\"x\""),
        new("duplicate item", "\"id\": \"masks-3\",", "\"id\": \"masks-2\",", ContentProblemCodes.DuplicateId, "$.assessments[0].items[3].id", "The item id 'masks-2' is already used at $.assessments[0].items[2]", "\"id\": \"masks-2\",\n          \"text\": \"I hide"),
        new("item scale", "\"scale\": \"masks\"\n        },\n        {\n          \"id\": \"masks-2\"", "\"scale\": \"mask\"\n        },\n        {\n          \"id\": \"masks-2\"", ContentProblemCodes.UnresolvedReference, "$.assessments[0].items[1].scale", "Item 'masks-1' counts towards scale (of this assessment) 'mask'"),
        new("unknown placeholder", "With {target} I play a part.", "With {partner} I play a part.", ContentProblemCodes.Placeholder, "$.assessments[0].items[1].text", "uses the unknown placeholder '{partner}'; allowed placeholders are {target}, {Target}, {target's}, {Target's} and the case forms"),
        new("unclosed placeholder", "With {target} I play a part.", "With {target I play a part.", ContentProblemCodes.Placeholder, "$.assessments[0].items[1].text", "has a '{' at character 6 that is not closed"),
        new("stray brace", "With {target} I play a part.", "With target} I play a part.", ContentProblemCodes.Placeholder, "$.assessments[0].items[1].text", "has a '}' at character 12 without a matching '{'"),
        new("unused unscored item", "\"item\": \"safety-1\",", "\"item\": \"listen-self\",", ContentProblemCodes.InvalidValue, "$.assessments[0].items[0].scale", "Item 'safety-1' has no scale and no safety rule or dyadic pair uses it", "\"id\": \"safety-1\"", LineOffset: -1),
        new("scale measures nothing", "\"obstacle\": \"wearing-masks\",\n", string.Empty, ContentProblemCodes.InvalidValue, "$.assessments[0].scales[0]", "should measure exactly one thing", "\"id\": \"masks\",\n          \"title\": \"Masks\"", LineOffset: -1),
        new("scale obstacle", "\"obstacle\": \"wearing-masks\",", "\"obstacle\": \"masks-x\",", ContentProblemCodes.UnresolvedReference, "$.assessments[0].scales[0].obstacle", "Scale 'masks' measures obstacle 'masks-x'"),
        new("scale category", "\"category\": \"communication\",\n          \"aggregate\"", "\"category\": \"talking\",\n          \"aggregate\"", ContentProblemCodes.UnresolvedReference, "$.assessments[0].scales[1].category", "measures obstacle category 'talking'"),
        new("scale aggregate", "\"aggregate\": \"sum\",", "\"aggregate\": \"median\",", ContentProblemCodes.InvalidValue, "$.assessments[0].scales[1].aggregate", "allowed: mean, sum."),
        new("min answered", "\"aggregate\": \"mean\",\n          \"minAnswered\": 2,", "\"aggregate\": \"mean\",\n          \"minAnswered\": 4,", ContentProblemCodes.InvalidValue, "$.assessments[0].scales[0].minAnswered", "needs 4 answered items; value should be in range [1-3] (it has 3 items)", "\"minAnswered\": 4"),
        new("scale with one item", "\"scale\": \"listening\",\n          \"reverse\": true", "\"scale\": \"masks\",\n          \"reverse\": true", ContentProblemCodes.InvalidValue, "$.assessments[0].scales[1]", "Scale 'listening' has 1 item(s); a scale needs at least 2", "\"id\": \"listening\",", LineOffset: -1),
        new("band order", "\"from\": 2.5,\n              \"to\": 5,", "\"from\": 2,\n              \"to\": 5,", ContentProblemCodes.Bands, "$.assessments[0].scales[0].bands[1].from", "starts at 2, before the previous band 'low' ends at 2.5", "\"from\": 2,\n              \"to\": 5"),
        new("band range", "\"from\": 1,\n              \"to\": 2.5,", "\"from\": 0,\n              \"to\": 2.5,", ContentProblemCodes.Bands, "$.assessments[0].scales[0].bands[0]", "runs from 0 to 2.5, outside the possible scores [1, 5]", "\"id\": \"low\",\n              \"label\": \"Low\",\n              \"from\": 0", LineOffset: -1),
        new("band from after to", "\"from\": 6,\n              \"to\": 10,", "\"from\": 10,\n              \"to\": 6,", ContentProblemCodes.Bands, "$.assessments[0].scales[1].bands[1].to", "'to' should be a finite number greater than 'from'", "\"to\": 6,\n              \"provenance\": \"article-derived, not normed\"\n            }\n          ]\n        }\n      ],"),
        new("norms sd", "\"sd\": 0.8,", "\"sd\": 0,", ContentProblemCodes.InvalidValue, "$.assessments[0].scales[0].norms.sd", "standard deviation 0; it should be a finite number greater than 0"),
        new("norms reliability", "\"reliability\": 0.8,", "\"reliability\": 1.2,", ContentProblemCodes.InvalidValue, "$.assessments[0].scales[0].norms.reliability", "reliability 1.2; it should be in range [0, 1)"),
        new("composite component", "\"scale\": \"listening\",\n              \"weight\"", "\"scale\": \"listen\",\n              \"weight\"", ContentProblemCodes.UnresolvedReference, "$.assessments[0].composites[0].components[1].scale", "Composite 'overall' combines scale (of this assessment) 'listen'"),
        new("composite weight", "\"weight\": 0.5", "\"weight\": 0", ContentProblemCodes.InvalidValue, "$.assessments[0].composites[0].components[1].weight", "a weight should be a finite number other than 0"),
        new("composite minimum", "\"minScales\": 1,", "\"minScales\": 3,", ContentProblemCodes.InvalidValue, "$.assessments[0].composites[0].minScales", "needs 3 scored scales; value should be in range [1-2]"),
        new("composite id", "\"id\": \"overall\",", "\"id\": \"masks\",", ContentProblemCodes.DuplicateId, "$.assessments[0].composites[0].id", "Composite id 'masks' is already a scale id", "\"id\": \"masks\",\n          \"title\": \"Overall\""),
        new("safety item", "\"item\": \"safety-1\",", "\"item\": \"safety-9\",", ContentProblemCodes.UnresolvedReference, "$.assessments[0].safety[0].item", "Safety rule 'afraid' checks item (of this assessment) 'safety-9'"),
        new("safety threshold", "\"atLeast\": 3,", "\"atLeast\": 6,", ContentProblemCodes.InvalidValue, "$.assessments[0].safety[0].atLeast", "fires at 6; value should be in range [1-5] of response scale 'agree-5'"),
        new("safety severity", "\"severity\": \"urgent\",", "\"severity\": \"critical\",", ContentProblemCodes.InvalidValue, "$.assessments[0].safety[0].severity", "allowed: concern, urgent."),
        new("safety resource", "\"emergency\",\n            \"therapist\"", "\"police\",\n            \"therapist\"", ContentProblemCodes.UnresolvedReference, "$.assessments[0].safety[0].resources[0]", "Safety rule 'afraid' offers support resource 'police'"),
        new("dyadic item", "\"selfItem\": \"listen-self\",", "\"selfItem\": \"listen-me\",", ContentProblemCodes.UnresolvedReference, "$.assessments[0].dyadicPairs[0].selfItem", "rates oneself with item (of this assessment) 'listen-me'"),
        new("dyadic same item", "\"otherItem\": \"listen-other\"", "\"otherItem\": \"listen-self\"", ContentProblemCodes.InvalidValue, "$.assessments[0].dyadicPairs[0].otherItem", "uses item 'listen-self' for both ratings"),
        new("target with braces", "\"target\": \"your sibling\"", "\"target\": \"your {sibling}\"", ContentProblemCodes.InvalidValue, "$.relationshipKinds[1].target", "has a target phrase with braces"),
        new("support kind", "\"kind\": \"therapist\",", "\"kind\": \"Therapist!\",", ContentProblemCodes.InvalidValue, "$.supportResources[1].kind", "Support resource kind 'Therapist!' is not a valid id"),
        new("phone number", "call your local emergency number.", "call 0800 123 4567.", ContentProblemCodes.ContactDetails, "$.supportResources[0].description", "looks like a phone number, e-mail or web address"),
        new("web address", "think through what is happening.", "think through what is happening: https://example.org/help", ContentProblemCodes.ContactDetails, "$.supportResources[1].description", "let the host configure real contacts"),
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_BrokenRule_ReportsALocatedProblem(Fixture fixture)
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, fixture.Find, fixture.Replace);

        var result = ContentPackReader.Default.ReadJson(json, "fixture.json");

        result.Succeeded.Should().BeFalse();
        var problem = result.Problems.Should().Contain(p => p.Path == fixture.Path && p.Code == fixture.Code, $"the fixture '{fixture.Name}' breaks that rule; found {string.Join(" | ", result.Problems)}").Which;
        problem.Message.Should().Contain(fixture.MessageFragment);
        problem.Source.Should().Be("fixture.json");
        var lineFragment = fixture.LineFragment ?? fixture.Replace;
        problem.Line.Should().Be(TestPacks.LineOf(json, lineFragment) + fixture.LineOffset);
        problem.Column.Should().BePositive();
    }

    [Fact]
    public void Constructor_InvalidPackInCode_ThrowsWithPathsButNoLines()
    {
        var pack = TestPacks.Load();
        var build = () => new ContentPack(
            pack.Id, pack.Version, "not a culture", string.Empty, pack.License, pack.Provenance,
            pack.RelationshipKinds, pack.Obstacles, pack.Exercises, pack.ResponseScales, pack.Assessments, pack.SupportResources);

        var exception = build.Should().Throw<ContentValidationException>().Which;

        exception.Problems.Select(p => p.Path).Should().Equal("$.culture", "$.title");
        exception.Problems.Should().OnlyContain(p => p.Line == 0 && p.Source == null);
    }

    [Fact]
    public void Read_ManyBrokenRules_ReportsEveryProblemAtOnce()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"minutes\": 20,", "\"minutes\": 500,");
        json = TestPacks.ReplaceOnce(json, "\"atLeast\": 3,", "\"atLeast\": 6,");
        json = TestPacks.ReplaceOnce(json, "\"mode\": \"together\",", "\"mode\": \"group\",");
        json = TestPacks.ReplaceOnce(json, "\"sd\": 0.8,", "\"sd\": \"wide\",");

        var result = ContentPackReader.Default.ReadJson(json);

        result.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.exercises[1].minutes",
            "$.assessments[0].safety[0].atLeast",
            "$.exercises[2].mode",
            "$.assessments[0].scales[0].norms.sd");
    }

    [Fact]
    public void Read_ShapeProblem_IsNotRepeatedByTheValidator()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"title\": \"Test pack\",", "\"title\": 7,");

        var result = ContentPackReader.Default.ReadJson(json);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(ContentProblemCodes.WrongType);
    }

    public sealed record Fixture(
        string Name,
        string Find,
        string Replace,
        string Code,
        string Path,
        string MessageFragment,
        string? LineFragment = null,
        int LineOffset = 0)
    {
        public override string ToString() => Name;
    }
}
