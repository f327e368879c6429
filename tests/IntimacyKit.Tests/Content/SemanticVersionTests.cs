using IntimacyKit.Content;

namespace IntimacyKit.Tests.Content;

public class SemanticVersionTests
{
    [Theory]
    [InlineData("1.0.0", 1, 0, 0, "", "")]
    [InlineData("10.20.30-beta.1+build.7", 10, 20, 30, "beta.1", "build.7")]
    [InlineData("0.0.1-rc-1", 0, 0, 1, "rc-1", "")]
    public void Parse_ValidText_ReadsEveryPart(string text, int major, int minor, int patch, string pre, string build)
    {
        var version = SemanticVersion.Parse(text);

        (version.Major, version.Minor, version.Patch, version.PreRelease, version.Build).Should().Be((major, minor, patch, pre, build));
        version.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0-01")]
    [InlineData("")]
    [InlineData("99999999999.0.0")]
    public void TryParse_InvalidText_Fails(string text)
    {
        SemanticVersion.TryParse(text, out _).Should().BeFalse();
        var parse = () => SemanticVersion.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage("*expected MAJOR.MINOR.PATCH*");
    }

    [Fact]
    public void CompareTo_SemverExample_FollowsThePrecedenceRules()
    {
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"];
        var versions = ordered.Select(SemanticVersion.Parse).ToList();

        for (var i = 1; i < versions.Count; i++)
        {
            (versions[i - 1] < versions[i]).Should().BeTrue($"{ordered[i - 1]} precedes {ordered[i]}");
            (versions[i] > versions[i - 1]).Should().BeTrue();
        }

        SemanticVersion.Parse("1.0.0+a").Should().Be(SemanticVersion.Parse("1.0.0+b"), "build metadata does not affect precedence");
    }
}
