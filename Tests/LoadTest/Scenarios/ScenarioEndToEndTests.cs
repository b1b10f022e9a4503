using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Options;
using ActorChat.LoadTest.Reporting;
using ActorChat.LoadTest.Scenarios;
using ActorChat.Server;
using ActorChat.Tests.Integration;

namespace ActorChat.Tests.LoadTest.Scenarios;

/// <summary>Small scenario runs against a real in-process server: the harness's wiring, not the server's speed.</summary>
public class ScenarioEndToEndTests
{
    private static Task<ChatServer> StartServerAsync() =>
        TestServer.StartAsync("actorchat.server.max-lines-per-second = 1000000");

    private static LoadTestOptions Options(string scenario) => new()
    {
        Scenario = scenario,
        Clients = 20,
        Messages = 50,
        Senders = 3,
        Rate = 2000,
        DurationSeconds = 0.25,
        Concurrency = 10,
        TimeoutSeconds = 20,
        StallSeconds = 5,
        Quiet = true,
    };

    private static async Task<ScenarioResult> RunAsync(LoadTestOptions options)
    {
        await using var server = await StartServerAsync();
        return await ScenarioRunner.RunAsync(options.Scenario, options, server.EndPoint, new ActorChatProtocol(), Environment.ProcessId);
    }

    private static void AssertEveryMessageOnce(ScenarioResult result, long expected)
    {
        Assert.True(result.Passed, ReportWriter.ToTable(result));
        var delivery = Assert.NotNull(result.Delivery);
        Assert.Equal(expected, delivery.Expected);
        Assert.Equal(expected, delivery.Delivered);
        Assert.True(delivery.IsClean, delivery.ToString());
    }

    [Fact]
    public async Task Direct_with_20_clients_of_50_messages_delivers_every_message_once_in_order()
    {
        var result = await RunAsync(Options("direct") with { Warmup = 5 });
        AssertEveryMessageOnce(result, 20 * 50);
        Assert.Contains(result.Metrics, m => m.Name == "delivered_per_second" && m.Value > 0);
    }

    [Fact]
    public async Task Direct_through_the_connection_library_delivers_every_message_once_in_order()
    {
        var result = await RunAsync(Options("direct") with { Driver = ClientDriverKind.Library });
        AssertEveryMessageOnce(result, 20 * 50);
    }

    [Fact]
    public async Task Fanout_reaches_every_other_member_once()
    {
        var result = await RunAsync(Options("fanout"));
        AssertEveryMessageOnce(result, 3 * 50 * 19);
    }

    [Fact]
    public async Task Latency_delivers_the_whole_open_loop_schedule_and_reports_percentiles()
    {
        var result = await RunAsync(Options("latency"));
        AssertEveryMessageOnce(result, 500);
        Assert.Contains(result.Metrics, m => m.Name == "latency_p99" && m.Value > 0);
    }

    [Fact]
    public async Task Latency_with_a_log_writes_every_measured_message_with_its_due_and_arrival_time()
    {
        var file = Path.GetTempFileName();
        try
        {
            long before = Clock.TicksToNanoseconds(System.Diagnostics.Stopwatch.GetTimestamp());
            var result = await RunAsync(Options("latency") with { LatencyLog = file, Warmup = 2 });
            long after = Clock.TicksToNanoseconds(System.Diagnostics.Stopwatch.GetTimestamp());
            AssertEveryMessageOnce(result, 500);

            var rows = File.ReadAllLines(file).Skip(1).Select(l => l.Split(' ').Select(long.Parse).ToArray()).ToList();
            Assert.Equal(500, rows.Count);
            Assert.All(rows, r => Assert.InRange(r[0], before, r[1]));
            Assert.All(rows, r => Assert.InRange(r[1], r[0], after));
            // The log's latencies are the ones the percentiles were computed from.
            var max = result.Metrics.Single(m => m.Name == "latency_max").Value;
            Assert.Equal(max, rows.Max(r => r[1] - r[0]) / 1000.0, 0.001);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_latency_log_that_cannot_be_written_fails_the_run_before_it_starts_saying_why()
    {
        var result = await RunAsync(Options("latency") with { LatencyLog = "/nonexistent-dir/run.log" });
        Assert.False(result.Passed);
        Assert.Contains(result.FirstErrors, e => e.StartsWith("--latency-log: cannot write '/nonexistent-dir/run.log'", StringComparison.Ordinal));
        Assert.Null(result.Delivery);
    }

    [Fact]
    public async Task Login_and_idle_count_every_client()
    {
        var login = await RunAsync(Options("login"));
        Assert.True(login.Passed, ReportWriter.ToTable(login));
        Assert.Contains(login.Metrics, m => m.Name == "logins" && m.Value == 20);

        var idle = await RunAsync(Options("idle"));
        Assert.True(idle.Passed, ReportWriter.ToTable(idle));
        Assert.Contains(idle.Metrics, m => m.Name == "connected_at_end" && m.Value == 20);
    }

    [Fact]
    public async Task A_taken_name_fails_the_run_with_the_servers_reason()
    {
        await using var server = await StartServerAsync();
        var options = Options("login") with { NamePrefix = "dup" };
        var first = await ConnectOneAsync(server, "dupc0");
        var result = await ScenarioRunner.RunAsync("login", options, server.EndPoint, new ActorChatProtocol(), null);
        Assert.False(result.Passed);
        Assert.Contains(result.FirstErrors, e => e.Contains("name-taken", StringComparison.Ordinal));
        await first.DisposeAsync();
    }

    private static async Task<ActorChat.Client.ChatConnection> ConnectOneAsync(ChatServer server, string name)
    {
        var connection = await ActorChat.Client.ChatConnection.ConnectAsync(server.EndPoint);
        Assert.True((await connection.LoginAsync(name)).IsSuccess);
        return connection;
    }
}
