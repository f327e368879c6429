using System.Globalization;
using System.Text;

namespace IntimacyKit.Benchmarks.Batch;

/// <summary>
/// The floor every whole-process batch figure is a ratio to (docs/performance.md): the same arithmetic as
/// <c>intimacykit score</c> on <see cref="BatchData"/>'s layout (48 items on 1-5, 12 scales of 4, the 4th of each
/// reverse-keyed, the mean of the answered items), written the plain way: read a line, split it, reverse, average,
/// write. No validation, no pipeline, no content pack; it trusts its input completely.
/// </summary>
public static class FloorProgram
{
    public static void Run(string input, string output)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, false, 1 << 16);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        reader.ReadLine();
        writer.Write("id");
        for (var s = 1; s <= 12; s++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",s{s:00}"));
        }

        writer.Write('\n');
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            writer.Write(cells[0]);
            for (var s = 0; s < 12; s++)
            {
                var sum = 0;
                var answered = 0;
                for (var i = 0; i < 4; i++)
                {
                    var cell = cells[1 + (s * 4) + i];
                    if (cell.Length == 0)
                    {
                        continue;
                    }

                    var value = int.Parse(cell, CultureInfo.InvariantCulture);
                    sum += i == 3 ? 6 - value : value;
                    answered++;
                }

                writer.Write(',');
                if (answered > 0)
                {
                    writer.Write(((double)sum / answered).ToString(CultureInfo.InvariantCulture));
                }
            }

            writer.Write('\n');
        }
    }
}
