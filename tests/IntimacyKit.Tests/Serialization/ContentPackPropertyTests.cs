using CsCheck;
using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Serialization;

/// <summary>
/// Property-based tests over generated packs (CsCheck, fixed seeds, so every run sees the same cases):
/// 3,000 round trips and 8,000 single mutations.
/// </summary>
public class ContentPackPropertyTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Gen<ContentPack> Packs = Gen.Int.Select(seed => RandomPacks.Generate(new Random(seed)));

    [Fact]
    public void WriteThenRead_RandomValidPack_GivesAnEqualPack()
    {
        Packs.Sample(
            pack =>
            {
                var json = ContentPackWriter.ToJson(pack);
                var read = ContentPackReader.Default.ReadJson(json);

                read.Problems.Should().BeEmpty();
                ContentPackWriter.ToJson(read.Pack!).Should().Be(json);
            },
            seed: Seed,
            iter: 3_000,
            threads: 1);
    }

    [Fact]
    public void WriteThenRead_RandomValidPack_IsStructurallyEquivalent()
    {
        Packs.Sample(
            pack => ContentPackReader.Default.ReadJson(ContentPackWriter.ToJson(pack)).Pack.Should().BeEquivalentTo(pack),
            seed: Seed,
            iter: 200,
            threads: 1);
    }

    [Fact]
    public void Read_RandomSingleMutation_IsValidOrRejectedWithLocatedProblems()
    {
        var mutations = from seed in Gen.Int
                        from pick in Gen.Int[0, int.MaxValue]
                        from kind in Gen.Int[0, 7]
                        from value in Gen.Int
                        select (seed, pick, kind, value);

        var rejected = 0;
        mutations.Sample(
            mutation =>
            {
                var json = Mutate(ContentPackWriter.ToJson(RandomPacks.Generate(new Random(mutation.seed))), mutation.pick, mutation.kind, mutation.value);

                var result = ContentPackReader.Default.ReadJson(json, "mutant.json");

                if (!result.Succeeded)
                {
                    rejected++;
                    result.Problems.Should().NotBeEmpty();
                    result.Problems.Should().OnlyContain(p => p.Line > 0 && p.Column >= 0 && p.Path.StartsWith('$') && p.Message.Length > 0 && p.Source == "mutant.json");
                }
            },
            seed: Seed,
            iter: 8_000,
            threads: 1);
        rejected.Should().BeGreaterThan(4_000, "most single mutations break a rule");
    }

    private static string Mutate(string json, int pick, int kind, int value)
    {
        var root = JObject.Parse(json);
        var tokens = root.DescendantsAndSelf().Where(t => t is not JProperty).ToList();
        var target = tokens[pick % tokens.Count];
        var replacement = RandomValue(value);
        switch (kind)
        {
            case 0 when target.Parent is JProperty property:
                property.Remove();
                break;
            case 1 when target != root:
                target.Replace(replacement);
                break;
            case 2 when target is JArray { Count: > 0 } array:
                array.Add(array[(value & int.MaxValue) % array.Count].DeepClone());
                break;
            case 3 when target is JObject obj:
                obj[$"extra{value % 3}"] = replacement;
                break;
            case 4 when target is JValue { Type: JTokenType.String } text:
                text.Value = ((string)text!).Length > 0 ? ((string)text!)[..(Math.Abs(value) % ((string)text!).Length)] : "x";
                break;
            case 5 when target is JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                number.Value = (double)value / 1000;
                break;
            case 6 when target is JArray array:
                array.Clear();
                break;
            default:
                if (target != root)
                {
                    target.Replace(JValue.CreateNull());
                }

                break;
        }

        return root.ToString(Formatting.Indented);
    }

    private static JToken RandomValue(int value) => (Math.Abs(value) % 7) switch
    {
        0 => new JValue("obstacle-0"),
        1 => new JValue(value),
        2 => new JValue(value % 2 == 0),
        3 => JValue.CreateNull(),
        4 => new JArray("a", 1),
        5 => new JObject { ["$type"] = "System.Object" },
        _ => new JValue(-1.5),
    };
}
