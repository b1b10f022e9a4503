using ActorChat.Actors.Configuration;
using ActorChat.Client;
using ActorChat.Protocol;
using ActorChat.Server;

namespace ActorChat.Tests.Client;

/// <summary>A real in-process ActorChat server on a free loopback port, with its data in a fresh temporary folder.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly string _dataDir;

    private TestServer(ChatServer server, string dataDir)
    {
        Server = server;
        _dataDir = dataDir;
    }

    public ChatServer Server { get; }

    public int Port => Server.EndPoint.Port;

    /// <summary>Starts a server; <paramref name="settings"/> are extra <c>actorchat.server.key = value</c> lines.</summary>
    public static Task<TestServer> StartAsync(params string[] settings) => StartOnAsync(0, settings);

    /// <summary>Starts a server on <paramref name="port"/> (0: a free one).</summary>
    public static async Task<TestServer> StartOnAsync(int port, params string[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("actorchat-client-tests-").FullName;
        var hocon = string.Join("\n", new[]
        {
            $"actorchat.server.port = {port}",
            $"actorchat.server.data-dir = \"{dataDir}\"",
            "actorchat.server.max-lines-per-second = 1000000",
        }.Concat(settings));
        var server = await ChatServer.StartAsync(ConfigurationFactory.ParseString(hocon).WithFallback(ChatServer.ReferenceConfig));
        return new TestServer(server, dataDir);
    }

    public Task<ChatConnection> ConnectAsync(ChatConnectionOptions? options = null) => ChatConnection.ConnectAsync(Server.EndPoint, options);

    /// <summary>Connects and logs in as <paramref name="name"/>, failing the test if the login fails.</summary>
    public async Task<ChatConnection> LoginAsync(string name, ChatConnectionOptions? options = null)
    {
        var connection = await ConnectAsync(options);
        var result = await connection.LoginAsync(name).WaitAsync(Timeout);
        Assert.True(result.IsSuccess, $"login as {name}: {result}");
        return connection;
    }

    /// <summary>
    /// Makes <paramref name="name"/> a known name that is offline: it logs in and quits, and the call returns once
    /// <paramref name="seenBy"/> (logged in before) has seen it leave, so the server is done with it.
    /// </summary>
    public async Task LoginAndLeaveAsync(string name, ChatConnection seenBy)
    {
        await (await LoginAsync(name)).QuitAsync();
        await seenBy.NextMatchingAsync<LeftEvent>(left => left.Name == name);
    }

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Reading the next event in tests: never waits forever, and says what came instead.</summary>
internal static class EventAssert
{
    public static async Task<T> NextAsync<T>(this ChatConnection connection) where T : ServerEvent
    {
        var next = await connection.ReadEventAsync().AsTask().WaitAsync(TestServer.Timeout);
        return next as T ?? throw new Xunit.Sdk.XunitException($"expected {typeof(T).Name}, got {next?.ToString() ?? "the end of the events"}");
    }

    /// <summary>Skips events until one of type <typeparamref name="T"/> that matches.</summary>
    public static async Task<T> NextMatchingAsync<T>(this ChatConnection connection, Func<T, bool>? match = null) where T : ServerEvent
    {
        while (true)
        {
            var next = await connection.ReadEventAsync().AsTask().WaitAsync(TestServer.Timeout)
                ?? throw new Xunit.Sdk.XunitException($"the events ended before a {typeof(T).Name}");
            if (next is T typed && (match is null || match(typed))) return typed;
        }
    }
}
