using IntimacyKit.Content;
using IntimacyKit.Psychometrics;

namespace IntimacyKit.Samples.Console;

/// <summary>A norms file given with --norms, read with every problem on a line of its own.</summary>
internal static class NormsFile
{
    /// <summary>Reads a norms file given with --norms: every problem on one line each, by JSON path.</summary>
    public static NormsPatch Read(FileInfo file, ConsoleText text) => InputFile.Read(file, "--norms", text, path =>
    {
        try
        {
            return NormsPatch.Read(File.ReadAllText(path), file.Name);
        }
        catch (ContentValidationException exception)
        {
            // One line per problem, each an error line of its own (the first gets its prefix where every error does).
            var lines = exception.Problems.Select((p, i) => i == 0 ? $"--norms: {p}" : text.Format(text.ErrorLine, $"--norms: {p}"));
            throw new UserException(string.Join("\n", lines), ExitCodes.Invalid);
        }
    });
}
