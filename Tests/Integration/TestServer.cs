using ActorChat.Actors.Configuration;
using ActorChat.Server;

namespace ActorChat.Tests.Integration;

/// <summary>Starts a real server on a free loopback port with test settings (short timeouts) over the reference.</summary>
internal static class TestServer
{
    public static Task<ChatServer> StartAsync(string hocon = "") =>
        ChatServer.StartAsync(ConfigurationFactory.ParseString(
            $$"""
            actorchat.server {
              host = "127.0.0.1"
              port = 0
              shutdown-timeout = 2s
            }
            {{hocon}}
            """).WithFallback(ChatServer.ReferenceConfig));
}
