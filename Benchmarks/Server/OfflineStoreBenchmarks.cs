using System.Net;
using System.Net.Sockets;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// Issue 5's storage scenario against the real server process over loopback: <c>QUEUED</c> answers per second from
/// 100 logged-in senders writing to 100 known offline names (one operation is one <c>QUEUED</c>, sent only after its
/// message is committed). Needs <c>dotnet build -c Release Server</c> first; each run stores in a fresh data directory.
/// </summary>
[Config(typeof(FiveServerRuns))]
public class OfflineStoreBenchmarks
{
    private const int Senders = 100;
    private const int OfflineNames = 100;
    private const int QueuedPerSender = 500;

    private StoreServer _server = null!;
    private LoadClient[] _senders = null!;
    private byte[][] _payload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new StoreServer(history: true);
        for (var r = 0; r < OfflineNames; r++) StoreServer.SeenAsync(_server.EndPoint, $"r{r}").GetAwaiter().GetResult();
        _senders = _server.Login("s", Senders);
        // Each sender writes to the offline names in turn: every sender gets QueuedPerSender QUEUED answers.
        _payload = Enumerable.Range(0, Senders).Select(i => Encoding.UTF8.GetBytes(string.Concat(
            Enumerable.Range(0, QueuedPerSender).Select(m => $"MSG r{(i + m) % OfflineNames} offline {m} from s{i}\n")))).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose(_senders);

    [Benchmark(OperationsPerInvoke = Senders * QueuedPerSender)]
    public void QueuedAnswers()
    {
        var received = _senders.Select(c => c.WaitForAsync(QueuedPerSender)).ToArray();
        Task.WaitAll(_senders.Select((c, i) => c.SendAsync(_payload[i])).ToArray());
        Task.WaitAll(received);
    }
}

/// <summary>
/// The direct-message scenario of <see cref="ServerLoadBenchmarks"/> (1,000 clients, 200 <c>MSG</c> each to the next 4
/// in turn; one operation is one delivered line) with <c>actorchat.store.record-history</c> on and off: the cost of
/// storing every delivered message for <c>INBOX</c>, written behind the live path. An iteration ends only once the
/// history is committed too (a <c>BLOCK</c> from one client, answered after its commit, which the store orders after
/// the history rows queued before it), so that deferring history does not count as speed; the cleanup prints how
/// many history rows were kept of those delivered (fewer means the store refused rows as too far behind).
/// </summary>
[Config(typeof(FiveServerRuns))]
public class HistoryDirectBenchmarks
{
    private const int Clients = 1000;
    private const int DirectPerClient = 200;

    private StoreServer _server = null!;
    private LoadClient[] _clients = null!;
    private byte[][] _payload = null!;

    /// <summary>record-history on or off.</summary>
    [Params(true, false)]
    public bool History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = new StoreServer(History);
        _clients = _server.Login("u", Clients);
        _payload = Enumerable.Range(0, Clients).Select(i => Encoding.UTF8.GetBytes(string.Concat(
            Enumerable.Range(0, DirectPerClient).Select(m => $"MSG u{(i + 1 + m % 4) % Clients} message {m} from u{i}\n")))).ToArray();
    }

    private int _iterations;

    [GlobalCleanup]
    public void Cleanup()
    {
        var delivered = (long)_iterations * Clients * DirectPerClient;
        _server.Dispose(_clients, kept => Console.WriteLine(
            $"// history {(History ? "on" : "off")}: {kept} history rows kept of {delivered} delivered messages"));
    }

    [Benchmark(OperationsPerInvoke = Clients * DirectPerClient)]
    public void DirectMessages()
    {
        var received = _clients.Select(c => c.WaitForAsync(DirectPerClient)).ToArray();
        Task.WaitAll(_clients.Select((c, i) => c.SendAsync(_payload[i])).ToArray());
        Task.WaitAll(received);
        var committed = _clients[0].WaitForAsync(1);
        _clients[0].SendAsync("BLOCK zzprobe\n"u8.ToArray()).GetAwaiter().GetResult();
        committed.GetAwaiter().GetResult();
        _iterations++;
    }
}


/// <summary>The server process with a fresh data directory, and the logins the scenarios need.</summary>
internal sealed class StoreServer
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "actorchat-bench", Guid.NewGuid().ToString("N"));
    private readonly ServerProcess _process;

    public StoreServer(bool history)
    {
        _process = ServerProcess.Start(
            "actorchat.server.max-lines-per-second=1000000",
            $"actorchat.server.data-dir=\"{_dataDir}\"",
            $"actorchat.store.record-history={(history ? "on" : "off")}");
    }

    public IPEndPoint EndPoint => _process.EndPoint;

    /// <summary>Logs in <paramref name="count"/> clients and waits for the JOINED lines of the later ones.</summary>
    public LoadClient[] Login(string prefix, int count)
    {
        var clients = new LoadClient[count];
        for (var i = 0; i < count; i++) clients[i] = LoadClient.LoginAsync(EndPoint, $"{prefix}{i}").GetAwaiter().GetResult();
        for (var i = 0; i < count; i++)
            clients[i].WaitForTotalAsync(3 + (i == 0 ? 1 : 0) + (count - 1 - i)).GetAwaiter().GetResult();
        return clients;
    }

    /// <summary>Stops the server (which commits everything) and hands <paramref name="report"/> the stored message count.</summary>
    public void Dispose(IEnumerable<LoadClient> clients, Action<long>? report = null)
    {
        foreach (var c in clients) c.Dispose();
        _process.Dispose();
        if (report is not null)
        {
            using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dataDir, "actorchat.db")};Mode=ReadOnly;Pooling=False");
            db.Open();
            using var count = db.CreateCommand();
            // Schema 2 keeps live-delivered history in per-name chunks, each message counted once (in its sender's).
            count.CommandText = """
                SELECT (SELECT count(*) FROM messages) + coalesce((SELECT sum(sent) FROM history_chunks), 0)
                """;
            report((long)count.ExecuteScalar()!);
        }
        try { Directory.Delete(_dataDir, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>Logs <paramref name="name"/> in and out, so that it is a known offline name.</summary>
    public static async Task SeenAsync(IPEndPoint endPoint, string name)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endPoint);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"HELLO {name}\nQUIT\n"));
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line && line != "BYE")
        {
        }
    }
}
