using System.Text;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// Memory per idle logged-in connection: the growth of the server process's resident set from 1,000 to 2,000
/// logged-in idle clients, divided by 1,000 (printed by the setup as "bytes per idle connection"). The benchmark itself is one LIST round
/// trip with all of them connected. 2,000 rather than 10,000 because each login sends JOINED to everyone already
/// there, so logging in n clients costs n²/2 deliveries.
/// </summary>
[Config(typeof(ThreeServerRuns))]
public class IdleConnectionMemoryBenchmarks
{
    private const int Clients = 2000;

    private ServerProcess _server = null!;
    private LoadClient[] _clients = null!;
    private readonly byte[] _list = Encoding.UTF8.GetBytes("PING x\n");


    [GlobalSetup]
    public void Setup()
    {
        _server = ServerProcess.Start();
        _clients = new LoadClient[Clients];
        // The slope between half and all of the clients, so that what the first connections warm up (JIT, pools,
        // the GC's budget) is not counted per connection.
        var half = LoginRange(0, Clients / 2);
        var all = LoginRange(Clients / 2, Clients);
        Console.WriteLine($"// server resident set: {half / 1024} KiB with {Clients / 2} idle clients, {all / 1024} KiB with " +
                          $"{Clients}: {(all - half) / (Clients / 2)} bytes per idle connection");
    }

    private long LoginRange(int from, int to)
    {
        for (var i = from; i < to; i++) _clients[i] = LoadClient.LoginAsync(_server.EndPoint, $"u{i}", 512).GetAwaiter().GetResult();
        // Everyone has seen every JOINED so far, so the server is quiet when its memory is read.
        for (var i = 0; i < to; i++)
            _clients[i].WaitForTotalAsync(3 + (i == 0 ? 1 : 0) + (to - 1 - i)).GetAwaiter().GetResult();
        return _server.ResidentBytes();
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
