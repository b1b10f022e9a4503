using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// Memory per idle logged-in connection: the server process's resident set before and after 2,000 clients log in,
/// divided by 2,000 (printed by the setup as "bytes per idle connection"). The benchmark itself is one LIST round
/// trip with all of them connected. 2,000 rather than 10,000 because each login sends JOINED to everyone already
/// there, so logging in n clients costs n²/2 deliveries.
/// </summary>
[Config(typeof(IdleConfig))]
public class IdleConnectionMemoryBenchmarks
{
    private const int Clients = 2000;

    private ServerProcess _server = null!;
    private LoadClient[] _clients = null!;
    private readonly byte[] _list = Encoding.UTF8.GetBytes("PING x\n");

    private sealed class IdleConfig : ManualConfig
    {
        public IdleConfig() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    [GlobalSetup]
    public void Setup()
    {
        _server = ServerProcess.Start();
        // One client first, so the runtime, the actor system and the transport are warm before the baseline.
        var first = LoadClient.LoginAsync(_server.EndPoint, "u0", 512).GetAwaiter().GetResult();
        var before = _server.ResidentBytes();
        _clients = new LoadClient[Clients];
        _clients[0] = first;
        for (var i = 1; i < Clients; i++) _clients[i] = LoadClient.LoginAsync(_server.EndPoint, $"u{i}", 512).GetAwaiter().GetResult();
        for (var i = 0; i < Clients; i++)
            _clients[i].WaitForTotalAsync(3 + (i == 0 ? 1 : 0) + (Clients - 1 - i)).GetAwaiter().GetResult();
        var after = _server.ResidentBytes();
        Console.WriteLine($"// server resident set: {before / 1024} KiB with 1 client, {after / 1024} KiB with {Clients}: " +
                          $"{(after - before) / (Clients - 1)} bytes per idle connection");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var c in _clients) c.Dispose();
        _server.Dispose();
    }

    [Benchmark]
    public void PingWithAllConnected()
    {
        var answered = _clients[0].WaitForAsync(1);
        _clients[0].SendAsync(_list).GetAwaiter().GetResult();
        answered.GetAwaiter().GetResult();
    }
}
