using CsCheck;
using IntimacyKit.Content;

namespace IntimacyKit.Tests.Content;

public class ResponseScaleTests
{
    [Fact]
    public void Reverse_MirrorsWithinTheScale_AndTwiceIsTheAnswer()
    {
        Gen.Select(Gen.Int[-3, 3], Gen.Int[1, 9]).SelectMany((min, points) => Gen.Int[min, min + points].Select(answer => (min, points, answer)))
            .Sample(t =>
            {
                var (min, points, answer) = t;
                var scale = new ResponseScale("s", min, min + points, [.. Enumerable.Range(min, points + 1).Select(v => $"point {v}")]);
                var reversed = scale.Reverse(answer);

                scale.Contains(reversed).Should().BeTrue();
                (reversed - scale.Min).Should().Be(scale.Max - answer);
                scale.Reverse(reversed).Should().Be(answer);
            });
    }
}
