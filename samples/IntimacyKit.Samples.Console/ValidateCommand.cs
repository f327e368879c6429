using IntimacyKit.Serialization;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>validate PACK...: every problem of every pack, compiler style, on standard error; exit 0 valid, 1 invalid, 2 unreadable.</summary>
internal static class ValidateCommand
{
    public static int Run(FileInfo[] packs, IAnsiConsole console, TextWriter error)
    {
        var exit = ExitCodes.Success;
        foreach (var pack in packs)
        {
            try
            {
                InputFile.Check(pack);
            }
            catch (UserException exception)
            {
                error.WriteLine($"error: {exception.Message}");
                exit = ExitCodes.Usage;
                continue;
            }

            ContentLoadResult result;
            try
            {
                result = InputFile.Read(pack, null, ContentPackReader.Default.ReadFile);
            }
            catch (UserException exception)
            {
                error.WriteLine($"error: {exception.Message}");
                exit = ExitCodes.Usage;
                continue;
            }

            if (result.Succeeded)
            {
                console.WriteLine($"{pack.Name}: valid ({result.Pack.Id} {result.Pack.Version}).");
                continue;
            }

            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem.WithLocation(pack.Name, problem.Line, problem.Column).ToString());
            }

            exit = Math.Max(exit, ExitCodes.Invalid);
        }

        return exit;
    }
}
