using System.Collections.Concurrent;
using System.Net;
using ActorChat.Actors;
using ActorChat.Actors.Configuration;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;
using ActorChat.Server.Memory;
using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;
using ActorChat.Server.Transport;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorChat.Server;

/// <summary>
/// The chat server, in process: an actor system with the registry, and Kestrel's socket transport accepting
/// connections. Start it with <see cref="StartAsync"/>; <see cref="StopAsync"/> stops it gracefully.
/// </summary>
public sealed class ChatServer : IAsyncDisposable
{
    // Greeting and ERR server-full: all a connection over max-connections gets.
    private static readonly ReadOnlyMemory<byte> Refusal =
        Lines.Greeting.ToArray().Concat(Lines.Err(Protocol.ErrEvent.ServerFull).ToArray()).ToArray();

    /// <summary>How long a free transport buffer may go unused before the pool lets the GC have it.</summary>
    internal static readonly TimeSpan MemoryTrimPeriod = TimeSpan.FromSeconds(2);

    // How often compact-when-quiet looks at what was allocated: a second of near silence means the burst is over.
    private static readonly TimeSpan QuietCheckPeriod = TimeSpan.FromSeconds(1);

    private readonly ServerSettings _settings;
    private readonly ActorSystem _system;
    private readonly IActorRef _registry;
    private readonly IConnectionListener _listener;
    private readonly ILogger _log;
    private readonly IChatStore _store;
    private readonly PinnedBlockPoolFactory _memory;
    private readonly QuietCompaction? _compaction;
    private readonly ConcurrentDictionary<ChatConnection, Task?> _open = new();
    private readonly FlushQueue[] _flushes =
        Enumerable.Range(0, FlushQueue.CountFor(Environment.ProcessorCount)).Select(_ => new FlushQueue()).ToArray();
    private readonly Task _accepting;
    // Cancelled when a stop gives up on the connections still open: ends their wait for the registry.
    private readonly CancellationTokenSource _abandon = new();
    private readonly object _stopLock = new();
    // What a connection calls to get its actor, and when it has ended: one delegate each for all of them.
    private readonly Func<ChatConnection, Task<IActorRef>> _openActor;
    private readonly Action<ChatConnection> _forget;
    private Task? _stopping;
    private long _nextId;

    private ChatServer(
        ServerSettings settings, ActorSystem system, IActorRef registry, IConnectionListener listener, ILogger log, IChatStore store,
        PinnedBlockPoolFactory memory, QuietCompaction? compaction)
    {
        _settings = settings;
        _memory = memory;
        _compaction = compaction;
        _store = store;
        _system = system;
        _registry = registry;
        _listener = listener;
        _log = log;
        EndPoint = (IPEndPoint)listener.EndPoint;
        _openActor = OpenActorAsync;
        _forget = connection => _open.TryRemove(connection, out _);
        _accepting = AcceptLoopAsync();
    }

    /// <summary><c>hocon/reference.conf</c>, embedded: every key with its default.</summary>
    public static Config ReferenceConfig => ServerConfig.ReferenceConfig;

    /// <summary>The address and port the server listens on (the real port when 0 was configured).</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>
    /// Starts a server with the <c>actorchat</c> settings of <paramref name="config"/> (falling back to
    /// <see cref="ReferenceConfig"/>) and returns once it listens.
    /// </summary>
    /// <exception cref="SettingsException">A setting (of the server or of the actor kernel) is malformed.</exception>
    /// <exception cref="StoreException">The store in <c>data-dir</c> cannot be opened or read (a
    /// <see cref="StoreUnavailableException"/> when the directory or file cannot be used).</exception>
    /// <exception cref="AddressInUseException">The port is in use.</exception>
    /// <exception cref="System.Net.Sockets.SocketException">The address cannot be bound otherwise.</exception>
    public static async Task<ChatServer> StartAsync(
        Config config, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        config = config.WithFallback(ReferenceConfig);
        var settings = ServerSettings.FromConfig(config);
        var storeSettings = StoreSettings.FromConfig(config, settings.DataDir);
        loggerFactory ??= NullLoggerFactory.Instance;
        var log = loggerFactory.CreateLogger("ActorChat.Server");
        ActorSystem system;
        try
        {
            system = ActorSystem.Create("actorchat", config, loggerFactory);
        }
        catch (Exception e) when (e is ArgumentException or ConfigurationException)
        {
            throw new SettingsException(e.Message, e);
        }
        SqliteChatStore? store = null;
        PinnedBlockPoolFactory? memory = null;
        try
        {
            // Opened before anything listens: a data-dir that cannot be used fails the start.
            store = SqliteChatStore.Open(storeSettings.Options, loggerFactory.CreateLogger("ActorChat.Server.Storage"));
            IReadOnlyList<string> known;
            try
            {
                known = await store.NamesSeenSinceAsync(DateTimeOffset.MinValue).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not StoreException)
            {
                throw new StoreException($"Store at '{settings.DataDir}' cannot be read: {e.Message}", e);
            }
            var storage = new ChatStorage(store, storeSettings.RecordHistory, known, log);
            var registry = system.ActorOf(Props.Create(() => new RegistryActor(settings, log, storage)), "registry");
            memory = new PinnedBlockPoolFactory(MemoryTrimPeriod);
            var options = TransportOptions.Create(memory, out var pooled);
            if (!pooled) ServerLog.DefaultTransportMemory(log);
            var transport = new SocketTransportFactory(Options.Create(options), loggerFactory);
            var listener = await transport.BindAsync(new IPEndPoint(settings.Address, settings.Port), cancellationToken)
                .ConfigureAwait(false);
            var compaction = settings.CompactWhenQuiet ? new QuietCompaction(QuietCheckPeriod, memory, log) : null;
            var server = new ChatServer(settings, system, registry, listener, log, store, memory, compaction);
            ServerLog.Listening(log, server.EndPoint, settings.MaxClients);
            return server;
        }
        catch
        {
            memory?.Dispose();
            await system.Terminate().ConfigureAwait(false);
            if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stops gracefully: stops accepting, sends <c>BYE shutdown</c> to every connection, waits up to
    /// <c>shutdown-timeout</c> for them to flush and close (then closes the rest hard), stops the actor system, and
    /// puts every stored message on disk before closing the store. Idempotent.
    /// </summary>
    public Task StopAsync()
    {
        lock (_stopLock) return _stopping ??= StopCoreAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StopCoreAsync()
    {
        await _listener.UnbindAsync().ConfigureAwait(false);
        await _accepting.ConfigureAwait(false);
        ServerLog.Stopping(_log, _open.Count);
        _registry.Tell(Shutdown.Instance, ActorRefs.NoSender);
        var aborted = 0;
        try
        {
            await Task.WhenAll(Running()).WaitAsync(_settings.ShutdownTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _abandon.Cancel();
            foreach (var connection in _open.Keys)
            {
                connection.Abort();
                aborted++;
            }
            await Task.WhenAll(Running()).ConfigureAwait(false);
        }
        await _system.Terminate().ConfigureAwait(false);
        // Every store write the actors issued is queued by now: flush them to disk, then close the files.
        try
        {
            await _store.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }
        await _listener.DisposeAsync().ConfigureAwait(false);
        _memory.Dispose();
        if (_compaction is not null) await _compaction.DisposeAsync().ConfigureAwait(false);
        ServerLog.Stopped(_log, aborted);
    }

    private IEnumerable<Task> Running() => _open.Values.Where(t => t is not null)!;

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            ConnectionContext? context;
            try
            {
                context = await _listener.AcceptAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                ServerLog.AcceptFailed(_log, e);
                return;
            }
            if (context is null) return;

            var id = Interlocked.Increment(ref _nextId);
            var connection = new ChatConnection(context, "c" + id, _settings, _flushes[id % _flushes.Length], _log);
            ServerLog.Accepted(_log, connection.Id, connection.RemoteEndPoint);
            if (_open.Count >= _settings.MaxConnections)
            {
                ServerLog.TooManyConnections(_log, connection.Id, connection.RemoteEndPoint, _open.Count);
                _ = connection.RefuseAsync(Refusal);
                continue;
            }
            _open.TryAdd(connection, null);
            _open.TryUpdate(connection, connection.RunAsync(_openActor, _forget), null);
        }
    }

    /// <summary>
    /// Asks the registry for <paramref name="connection"/>'s actor. No ask timeout: in a burst of logins the registry
    /// can be busy longer than any timeout, and a connection waiting for it is slow, not lost. Only a stop that gives
    /// up on open connections ends the wait.
    /// </summary>
    private Task<IActorRef> OpenActorAsync(ChatConnection connection)
    {
        var opened = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
        _registry.Tell(new OpenConnection(connection, opened), ActorRefs.NoSender);
        return opened.Task.WaitAsync(_abandon.Token);
    }
}
