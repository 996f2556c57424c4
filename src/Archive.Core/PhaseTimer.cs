using System.Diagnostics;

namespace Archive;

/// <summary>One build phase: its wall time and the process's CPU time (all threads) spent in it.</summary>
public readonly record struct PhaseTime(string Phase, TimeSpan Wall, TimeSpan Cpu);

/// <summary>Wall and CPU time per build phase: each <see cref="End"/> closes the phase that began at the previous one.</summary>
/// <remarks>CPU time is the steadier figure when other work shares the machine.</remarks>
public sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<PhaseTime> phases = [];
    private TimeSpan lastWall;
    private TimeSpan lastCpu = Cpu();

    public IReadOnlyList<PhaseTime> Phases => phases;

    public void End(string phase)
    {
        var wall = clock.Elapsed;
        var cpu = Cpu();
        phases.Add(new PhaseTime(phase, wall - lastWall, cpu - lastCpu));
        lastWall = wall;
        lastCpu = cpu;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
