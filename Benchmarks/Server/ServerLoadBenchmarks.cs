using System.Text;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// The direct and broadcast scenarios against the real server over loopback TCP: 1,000 logged-in clients.
/// One operation is one delivered line, so "Mean" is time per delivery and 1 s / Mean the deliveries per second.
/// Needs <c>dotnet build -c Release Server</c> first; the server runs as its own process.
/// </summary>
[Config(typeof(FiveServerRuns))]
public class ServerLoadBenchmarks
{

    private const int Clients = 1000;
    private const int DirectPerClient = 200;
    private const int Broadcasters = 10;
    private const int BroadcastsPerSender = 20;

    private ServerProcess _server = null!;
    private LoadClient[] _clients = null!;
    private byte[][] _direct = null!;
    private byte[][] _broadcast = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The rate limit would cap a client at 1,000 lines/s; the scenario is "as fast as they can".
        _server = ServerProcess.Start("actorchat.server.max-lines-per-second=1000000");
        _clients = new LoadClient[Clients];
        for (var i = 0; i < Clients; i++) _clients[i] = LoadClient.LoginAsync(_server.EndPoint, $"u{i}").GetAwaiter().GetResult();
        // Let the JOINED lines of the logins settle: everyone sees everyone who came later.
        for (var i = 0; i < Clients; i++)
            _clients[i].WaitForTotalAsync(3 + (i == 0 ? 1 : 0) + (Clients - 1 - i)).GetAwaiter().GetResult();

        // Each client sends to the next 4 in turn: every client receives DirectPerClient messages.
        _direct = Enumerable.Range(0, Clients).Select(i => Encoding.UTF8.GetBytes(string.Concat(
            Enumerable.Range(0, DirectPerClient).Select(m => $"MSG u{(i + 1 + m % 4) % Clients} message {m} from u{i}\n")))).ToArray();
        _broadcast = Enumerable.Range(0, Broadcasters).Select(i => Encoding.UTF8.GetBytes(string.Concat(
            Enumerable.Range(0, BroadcastsPerSender).Select(m => $"BROADCAST broadcast {m} from u{i}\n")))).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var c in _clients) c.Dispose();
        _server.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Clients * DirectPerClient)]
    public void DirectMessages()
    {
        var received = _clients.Select(c => c.WaitForAsync(DirectPerClient)).ToArray();
        Task.WaitAll(_clients.Select((c, i) => c.SendAsync(_direct[i])).ToArray());
        Task.WaitAll(received);
    }

    [Benchmark(OperationsPerInvoke = Broadcasters * BroadcastsPerSender * (Clients - 1))]
    public void BroadcastDeliveries()
    {
        var received = _clients.Select((c, i) =>
            c.WaitForAsync(i < Broadcasters ? (Broadcasters - 1) * BroadcastsPerSender : Broadcasters * BroadcastsPerSender)).ToArray();
        Task.WaitAll(Enumerable.Range(0, Broadcasters).Select(i => _clients[i].SendAsync(_broadcast[i])).ToArray());
        Task.WaitAll(received);
    }
}
