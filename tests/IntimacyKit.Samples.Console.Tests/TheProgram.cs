// Reading a child process's two pipes needs one of them read asynchronously; the waits are on pipe reads, not on xUnit's context.
#pragma warning disable xUnit1031

using System.Diagnostics;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>The built program, run for real: with redirected standard streams, or in a pseudo-terminal (util-linux script).</summary>
internal static class TheProgram
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "IntimacyKit.Samples.Console");

    /// <summary>Runs the program in <paramref name="folder"/> with <paramref name="stdin"/> on standard input.</summary>
    public static (int Exit, string Output, string Error) Run(string folder, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Path) { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Runs the program in a real pseudo-terminal, typing the given keystrokes one by one; returns what the terminal showed.</summary>
    public static (int Exit, string Screen) RunInTerminal(string folder, string arguments, IEnumerable<string> keys)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            throw new InvalidOperationException("util-linux 'script' (Debian package bsdutils, always installed) is needed to open a pseudo-terminal.");
        }

        var start = new ProcessStartInfo("/usr/bin/script", ["--quiet", "--return", "--command", $"'{Path}' {arguments}", "/dev/null"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        Thread.Sleep(1500);
        foreach (var key in keys)
        {
            process.StandardInput.Write(key);
            process.StandardInput.Flush();
            Thread.Sleep(key.Length > 3 ? 200 : 40);
        }

        process.WaitForExit(60_000).Should().BeTrue();
        process.StandardInput.Close();
        return (process.ExitCode, output.Result);
    }
}
