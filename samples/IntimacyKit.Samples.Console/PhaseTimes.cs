using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Where a run's time goes, for performance work (docs/performance.md, "Where the JIT build's time goes"): with
/// <c>INTIMACYKIT_PHASES=1</c> each phase's wall time, the time the JIT spent compiling in it and the methods it
/// compiled go to standard error as the phase ends. Off, a phase mark costs one static read.
/// </summary>
internal static class PhaseTimes
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("INTIMACYKIT_PHASES") == "1";
    private static long lastTicks;
    private static TimeSpan lastJit;
    private static long lastMethods;

    /// <summary>Starts counting: the time before this point is the runtime's own start-up.</summary>
    public static void Start()
    {
        if (!Enabled)
        {
            return;
        }

        if (JitInfo.GetCompiledMethodCount() == 0)
        {
            System.Console.Error.WriteLine("phase: (the native build compiles nothing at run time: its JIT columns stay 0)");
        }

        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        lastTicks = Stopwatch.GetTimestamp();
        lastJit = JitInfo.GetCompilationTime();
        lastMethods = JitInfo.GetCompiledMethodCount();
        Write("runtime start-up (to Main)", sinceStart.TotalMilliseconds, lastJit.TotalMilliseconds, lastMethods);
    }

    /// <summary>Ends a phase.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var ticks = Stopwatch.GetTimestamp();
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        Write(phase, Stopwatch.GetElapsedTime(lastTicks, ticks).TotalMilliseconds, (jit - lastJit).TotalMilliseconds, methods - lastMethods);
        lastTicks = Stopwatch.GetTimestamp();
        lastJit = jit;
        lastMethods = methods;
    }

    private static void Write(string phase, double wall, double jit, long methods)
        => System.Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"phase: {phase,-34} {wall,8:0.0} ms  jit {jit,7:0.0} ms  {methods,5} methods"));
}
