using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// The job every whole-server benchmark runs: each iteration is one long scenario against a real server, so it is
/// measured once per iteration (monitoring), in process, after one warm-up.
/// </summary>
internal abstract class ServerRunConfig : ManualConfig
{
    protected ServerRunConfig(int iterations) => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(iterations).WithInvocationCount(1).WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance));
}

/// <summary>Three measured runs: for the slow scenarios (latency over seconds, thousands of idle logins).</summary>
internal sealed class ThreeServerRuns : ServerRunConfig
{
    public ThreeServerRuns() : base(3) { }
}

/// <summary>Five measured runs: for the throughput scenarios.</summary>
internal sealed class FiveServerRuns : ServerRunConfig
{
    public FiveServerRuns() : base(5) { }
}
