using Spectre.Console;
using Spectre.Console.Rendering;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Human output that reads well in a terminal and stays whole when redirected: in a terminal, rules and framed panels
/// at the terminal's width; redirected (a file, a pipe, another program), plain lines that are never wrapped, so that
/// ids, paths and <c>file:line:column</c> problems stay on one line for editors and grep.
/// </summary>
internal static class ConsoleLayout
{
    /// <summary>The width given to a redirected console: wide enough that no line is ever wrapped.</summary>
    public const int UnwrappedWidth = 100_000;

    /// <summary>Whether the console is a terminal (rules and panels), rather than redirected output (plain lines).</summary>
    public static bool IsTerminal(this IAnsiConsole console) => console.Profile.Width < UnwrappedWidth;

    /// <summary>A heading: a rule in a terminal, a plain line otherwise.</summary>
    public static void Heading(this IAnsiConsole console, string markup, bool centred = false)
    {
        if (console.IsTerminal())
        {
            var rule = new Rule(markup);
            console.Write(centred ? rule : rule.LeftJustified());
        }
        else
        {
            console.MarkupLine($"== {markup} ==");
        }
    }

    /// <summary>A framed box with a header in a terminal; the header on its own line, then the content, otherwise.</summary>
    public static void Box(this IAnsiConsole console, string header, IRenderable content, Color border)
    {
        if (console.IsTerminal())
        {
            console.Write(new Panel(content).Header(header).BorderColor(border).Expand());
        }
        else
        {
            console.WriteLine($"{header}:");
            console.Write(content);
            console.WriteLine();
            console.WriteLine();
        }
    }
}
