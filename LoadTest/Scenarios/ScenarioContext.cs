using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Options;
using ActorChat.LoadTest.Reporting;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// What every scenario works with: the options, the target, the protocol, the clock, the result being filled, and
/// the helpers that connect clients K at a time, wait for deliveries without hanging, and close everything.
/// </summary>
public sealed class ScenarioContext
{
    private readonly ConcurrentBag<ChatClient> _clients = [];

    /// <summary>Creates the context for one scenario run.</summary>
    public ScenarioContext(LoadTestOptions options, EndPoint endPoint, IChatProtocol protocol, int? serverPid,
        string namePrefix, ScenarioResult result, ProgressLine progress, CancellationToken cancellationToken)
    {
        Options = options;
        EndPoint = endPoint;
        Protocol = protocol;
        ServerPid = serverPid;
        NamePrefix = namePrefix;
        Result = result;
        Progress = progress;
        CancellationToken = cancellationToken;
    }

    /// <summary>The run's options.</summary>
    public LoadTestOptions Options { get; }

    /// <summary>The server.</summary>
    public EndPoint EndPoint { get; }

    /// <summary>The wire protocol.</summary>
    public IChatProtocol Protocol { get; }

    /// <summary>The server's process id when known (spawned or given), for memory readings.</summary>
    public int? ServerPid { get; }

    /// <summary>Prefix of every client name in this run.</summary>
    public string NamePrefix { get; }

    /// <summary>The result the scenario fills.</summary>
    public ScenarioResult Result { get; }

    /// <summary>The progress line.</summary>
    public ProgressLine Progress { get; }

    /// <summary>Cancelled when the run's time bound is reached.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The run's time base; payload timestamps use it.</summary>
    public Clock Clock { get; } = new();

    /// <summary>The delivery checker in use, so a run cut short still reports what arrived.</summary>
    public DeliveryChecker? Checker { get; set; }

    /// <summary>The name of client <paramref name="index"/> in <paramref name="role"/> (one letter: c, s, r).</summary>
    public string NameOf(char role, int index) => $"{NamePrefix}{role}{index}";

    /// <summary>A new, unconnected client of the configured driver.</summary>
    public ChatClient NewClient(int index, string name, ClientEvents events) =>
        Options.Driver == ClientDriverKind.Library && Options.Protocol == ChatProtocolKind.ActorChat
            ? new LibraryChatClient(index, name, events, Clock)
            : new LineChatClient(index, name, Protocol, events, Clock);

    /// <summary>
    /// Connects and logs in <paramref name="count"/> clients, at most <see cref="LoadTestOptions.Concurrency"/> at a
    /// time, recording each login's time into <paramref name="loginLatency"/> when given. The first failure stops the
    /// rest and is thrown.
    /// </summary>
    public async Task<ChatClient[]> LoginAllAsync(int count, char role, ClientEvents events, LatencyHistogram? loginLatency = null)
    {
        var clients = new ChatClient[count];
        long loggedIn = 0;
        Progress.Track("logged in", () => Interlocked.Read(ref loggedIn));
        using var gate = new SemaphoreSlim(Options.Concurrency);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
        var tasks = new List<Task>(count);
        Exception? firstError = null;
        for (int i = 0; i < count && !failed.IsCancellationRequested; i++)
        {
            try { await gate.WaitAsync(failed.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
            var client = NewClient(i, NameOf(role, i), events);
            clients[i] = client;
            _clients.Add(client);
            tasks.Add(LoginOneAsync(client));
        }
        await Task.WhenAll(tasks).ConfigureAwait(false);
        CancellationToken.ThrowIfCancellationRequested();
        if (firstError is not null) throw firstError;
        return clients;

        async Task LoginOneAsync(ChatClient client)
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                await client.LoginAsync(EndPoint, failed.Token).ConfigureAwait(false);
                Interlocked.Increment(ref loggedIn);
                if (loginLatency is not null)
                    lock (loginLatency) loginLatency.Record(Clock.TicksToNanoseconds(Stopwatch.GetTimestamp() - started));
            }
            catch (Exception e) when (e is not OperationCanceledException || !failed.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref firstError, e, null);
                await failed.CancelAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) { }
            finally { gate.Release(); }
        }
    }

    /// <summary>
    /// Waits until <paramref name="checker"/> has every expected delivery, or none arrived for the stall timeout (an
    /// error naming how many are outstanding), or the run's time bound.
    /// </summary>
    public async Task WaitForDeliveriesAsync(DeliveryChecker checker)
    {
        long last = -1;
        var sinceProgress = Stopwatch.StartNew();
        while (!checker.AllDelivered.IsCompleted)
        {
            await Task.WhenAny(checker.AllDelivered, Task.Delay(100, CancellationToken)).ConfigureAwait(false);
            CancellationToken.ThrowIfCancellationRequested();
            long delivered = checker.Delivered;
            if (delivered != last) { last = delivered; sinceProgress.Restart(); continue; }
            if (sinceProgress.Elapsed.TotalSeconds >= Options.StallSeconds)
            {
                Result.Error($"stalled: no delivery for {Options.StallSeconds:0.#} s with {checker.Expected - delivered} of {checker.Expected} outstanding");
                return;
            }
        }
    }

    /// <summary>
    /// Sends <see cref="LoadTestOptions.Warmup"/> messages from each client to the next, waits for all of them (a loss
    /// here is an error like any other), then makes <paramref name="events"/> forget them.
    /// </summary>
    public async Task WarmUpAsync(ChatClient[] clients, RunEvents events)
    {
        int messages = Options.Warmup;
        if (messages == 0 || clients.Length < 2) return;
        var checker = new DeliveryChecker(Enumerable.Repeat(messages, clients.Length).ToArray(), clients.Length, 1,
            (sender, _) => (sender + 1) % clients.Length);
        events.Checker = checker;
        Progress.Track("warm-up delivered", () => checker.Delivered);
        await Task.WhenAll(clients.Select(async client =>
        {
            var next = clients[(client.Index + 1) % clients.Length];
            for (int sequence = 0; sequence < messages; sequence++) client.QueueDirect(next, new Payload(client.Index, sequence, Clock.Now));
            await client.FlushAsync(waitForRoom: true).ConfigureAwait(false);
        })).ConfigureAwait(false);
        await WaitForDeliveriesAsync(checker).ConfigureAwait(false);
        var report = checker.Report();
        if (!report.IsClean) Result.Error($"warm-up: {report}");
        events.Checker = null;
        events.Restart();
    }

    /// <summary>The CPU time used so far by the server (when its pid is known, Linux) and by the harness itself.</summary>
    public CpuMark MarkCpu() =>
        new(ServerPid is { } pid ? Hosting.ProcessCpu.Seconds(pid) : null, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);

    /// <summary>
    /// Adds the CPU both sides used since <paramref name="start"/>: the harness's seconds (how much of the shared
    /// machine it took), and the server's seconds and microseconds per unit of work when they can be read and are
    /// large enough to mean something.
    /// </summary>
    public void AddCpu(CpuMark start, long units, string perUnitName)
    {
        var now = MarkCpu();
        Result.Add("harness_cpu", now.Harness - start.Harness, "s");
        if (start.Server is not { } before || now.Server is not { } after || units <= 0) return;
        // /proc counts in 10 ms ticks: below 0.1 s the figure would be more rounding than measurement.
        if (after - before < 0.1) return;
        Result.Add("server_cpu", after - before, "s");
        Result.Add(perUnitName, (after - before) * 1_000_000 / units, "us");
    }

    /// <summary>
    /// Ends a throughput run: waits for every delivery, then adds the delivery check, the count and rate named
    /// <paramref name="countName"/> (first send to last delivery), the latencies, and the CPU per delivery named
    /// <paramref name="cpuName"/>, and closes the clients.
    /// </summary>
    public async Task ReportThroughputAsync(DeliveryChecker checker, RunEvents events, long firstSend, CpuMark cpu, string countName, string cpuName)
    {
        await WaitForDeliveriesAsync(checker).ConfigureAwait(false);
        var report = checker.Report();
        Result.Delivery = report;
        double seconds = Clock.TicksToSeconds(events.LastDeliveryTicks - firstSend);
        Result.Add(countName, report.Delivered, "msg");
        Result.Add(countName + "_per_second", seconds > 0 ? report.Delivered / seconds : 0, "msg/s");
        Result.Add("elapsed", seconds, "s");
        Result.AddLatencies("latency", events.Latency.Snapshot());
        AddCpu(cpu, report.Delivered, cpuName);
        await CloseAllAsync().ConfigureAwait(false);
    }

    /// <summary>Closes every client this context created (without waiting for the server).</summary>
    public async Task CloseAllAsync()
    {
        foreach (var client in _clients) await client.CloseAsync().ConfigureAwait(false);
    }
}
