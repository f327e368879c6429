using IntimacyKit.Content;

namespace IntimacyKit.Tests.Content;

public class ModelConstructionTests
{
    [Fact]
    public void Constructors_NullArguments_ThrowNamingTheParameter()
    {
        var obstacle = () => new Obstacle("id", "cat", null!, "summary", [], []);
        var entries = () => new Obstacle("id", "cat", "title", "summary", ["ok", null!], []);
        var item = () => new AssessmentItem(null!, "text", null);

        obstacle.Should().Throw<ArgumentNullException>().WithParameterName("title");
        entries.Should().Throw<ArgumentException>().WithParameterName("signs").WithMessage("Entry 1 should not be null.*");
        item.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Constructors_UndefinedEnumValues_ThrowListingTheAllowedOnes()
    {
        var exercise = () => new Exercise("id", "t", "s", ["step"], ["o"], (ExerciseMode)9, Difficulty.Gentle, 5, ExerciseFrequency.Daily, ["romantic"]);
        var rule = () => new SafetyRule("id", "item", 1, "flag", (SafetySeverity)0, ["r"]);

        exercise.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mode").WithMessage("Value should be one of: Solo, Together, Journal, Conversation.*");
        rule.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity");
    }

    [Fact]
    public void Constructors_CopyTheirInputs_SoLaterChangesDoNotLeakIn()
    {
        var signs = new List<string> { "one" };
        var obstacle = new Obstacle("id", "cat", "title", "summary", signs, ["origin"]);

        signs.Add("two");

        obstacle.Signs.Should().Equal("one");
        obstacle.Related.Should().BeEmpty();
    }

    [Fact]
    public void ResponseScale_LabelOf_RejectsValuesOutsideTheScale()
    {
        var scale = new ResponseScale("agree-3", 0, 2, ["no", "maybe", "yes"]);

        scale.LabelOf(0).Should().Be("no");
        scale.Contains(3).Should().BeFalse();
        var outside = () => scale.LabelOf(3);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value should be in range [0-2].*");
    }
}
