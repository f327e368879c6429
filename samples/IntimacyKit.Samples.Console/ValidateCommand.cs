using IntimacyKit.Serialization;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// validate PACK...: every problem of every pack, compiler style, on standard error; exit 0 valid, 1 invalid, 2 unreadable.
/// The problems are the library's validation messages, in English, each with its location and JSON path (for pack authors).
/// </summary>
internal static class ValidateCommand
{
    public static int Run(FileInfo[] packs, IAnsiConsole console, TextWriter error, ConsoleText text)
    {
        var exit = ExitCodes.Success;
        foreach (var pack in packs)
        {
            try
            {
                InputFile.Check(pack, null, text);
            }
            catch (UserException exception)
            {
                error.WriteLine(text.Format(text.ErrorLine, exception.Message));
                exit = ExitCodes.Usage;
                continue;
            }

            ContentLoadResult result;
            try
            {
                result = InputFile.Read(pack, null, text, ContentPackReader.Default.ReadFile);
            }
            catch (UserException exception)
            {
                error.WriteLine(text.Format(text.ErrorLine, exception.Message));
                exit = ExitCodes.Usage;
                continue;
            }

            if (result.Succeeded)
            {
                console.WriteLine(text.Format(text.PackValid, pack.Name, result.Pack.Id, result.Pack.Version));
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
