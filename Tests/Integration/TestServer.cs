using ActorChat.Actors.Configuration;
using ActorChat.Server;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Integration;

/// <summary>
/// Starts a real server on a free loopback port with test settings (short timeouts) over the reference, storing in a
/// fresh data directory of its own (under one per-run folder, deleted when the test process exits).
/// </summary>
internal static class TestServer
{
    private static readonly Lazy<string> RunRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "actorchat-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return root;
    });

    /// <summary>A data directory no other server in this run uses.</summary>
    public static string NewDataDir() => Path.Combine(RunRoot.Value, Guid.NewGuid().ToString("N"));

    public static Task<ChatServer> StartAsync(string hocon = "") => StartAsync(NewDataDir(), hocon);

    /// <summary>A server whose log lines go to <paramref name="loggers"/>.</summary>
    public static Task<ChatServer> StartAsync(ILoggerFactory loggers) => StartAsync(NewDataDir(), "", loggers);

    public static Task<ChatServer> StartAsync(string dataDir, string hocon, ILoggerFactory? loggers = null) =>
        ChatServer.StartAsync(ConfigurationFactory.ParseString(
            $$"""
            actorchat.server {
              host = "127.0.0.1"
              port = 0
              shutdown-timeout = 2s
              data-dir = "{{dataDir}}"
            }
            {{hocon}}
            """).WithFallback(ChatServer.ReferenceConfig), loggers);
}
