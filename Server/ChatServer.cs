using System.Collections.Concurrent;
using System.Net;
using ActorChat.Actors;
using ActorChat.Actors.Configuration;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;
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
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(10);

    // Greeting and ERR server-full: all a connection over max-connections gets.
    private static readonly ReadOnlyMemory<byte> Refusal =
        Lines.Greeting.ToArray().Concat(Lines.Err(Protocol.ErrEvent.ServerFull).ToArray()).ToArray();

    private readonly ServerSettings _settings;
    private readonly ActorSystem _system;
    private readonly IActorRef _registry;
    private readonly IConnectionListener _listener;
    private readonly ILogger _log;
    private readonly ConcurrentDictionary<ChatConnection, Task?> _open = new();
    private readonly Task _accepting;
    private readonly object _stopLock = new();
    private Task? _stopping;
    private long _nextId;

    private ChatServer(ServerSettings settings, ActorSystem system, IActorRef registry, IConnectionListener listener, ILogger log)
    {
        _settings = settings;
        _system = system;
        _registry = registry;
        _listener = listener;
        _log = log;
        EndPoint = (IPEndPoint)listener.EndPoint;
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
    /// <exception cref="AddressInUseException">The port is in use.</exception>
    /// <exception cref="System.Net.Sockets.SocketException">The address cannot be bound otherwise.</exception>
    public static async Task<ChatServer> StartAsync(
        Config config, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        config = config.WithFallback(ReferenceConfig);
        var settings = ServerSettings.FromConfig(config);
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
        try
        {
            var registry = system.ActorOf(Props.Create(() => new RegistryActor(settings, log)), "registry");
            var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), loggerFactory);
            var listener = await transport.BindAsync(new IPEndPoint(settings.Address, settings.Port), cancellationToken)
                .ConfigureAwait(false);
            var server = new ChatServer(settings, system, registry, listener, log);
            ServerLog.Listening(log, server.EndPoint, settings.MaxClients);
            return server;
        }
        catch
        {
            await system.Terminate().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stops gracefully: stops accepting, sends <c>BYE shutdown</c> to every connection, waits up to
    /// <c>shutdown-timeout</c> for them to flush and close (then closes the rest hard), stops the actor system.
    /// Idempotent.
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
            foreach (var connection in _open.Keys)
            {
                connection.Abort();
                aborted++;
            }
            await Task.WhenAll(Running()).ConfigureAwait(false);
        }
        await _system.Terminate().ConfigureAwait(false);
        await _listener.DisposeAsync().ConfigureAwait(false);
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

            var connection = new ChatConnection(context, "c" + Interlocked.Increment(ref _nextId), _settings, _log);
            ServerLog.Accepted(_log, connection.Id, connection.RemoteEndPoint);
            if (_open.Count >= _settings.MaxConnections)
            {
                ServerLog.TooManyConnections(_log, connection.Id, connection.RemoteEndPoint, _open.Count);
                _ = connection.RefuseAsync(Refusal);
                continue;
            }
            _open.TryAdd(connection, null);
            _open.TryUpdate(connection, RunAsync(connection), null);
        }
    }

    private async Task RunAsync(ChatConnection connection)
    {
        try
        {
            var actor = await _registry.Ask<IActorRef>(new OpenConnection(connection), OpenTimeout).ConfigureAwait(false);
            await connection.RunAsync(actor).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Only a stopping actor system gets here (the Ask cannot be answered); the connection just closes.
            ServerLog.TransportError(_log, e, connection.Id, connection.RemoteEndPoint);
            connection.Abort();
        }
        finally
        {
            _open.TryRemove(connection, out _);
        }
    }
}
