using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Options;
using ActorChat.LoadTest.Reporting;
using ActorChat.LoadTest.Scenarios;
using ActorChat.Tests.Integration;

namespace ActorChat.Tests.LoadTest.Scenarios;

public class OfflineScenarioTests
{
    private static LoadTestOptions Options() => new()
    {
        Scenario = "offline",
        Clients = 15,
        Senders = 3,
        Messages = 40,
        Concurrency = 5,
        TimeoutSeconds = 20,
        StallSeconds = 3,
        Quiet = true,
    };

    [Fact]
    public async Task A_server_that_stores_messages_passes_with_every_message_queued_and_delivered_offline()
    {
        await using var server = new FakeOfflineServer();
        var result = await ScenarioRunner.RunAsync("offline", Options(), server.EndPoint, new ActorChatProtocol(), null);
        Assert.True(result.Passed, ReportWriter.ToTable(result));
        Assert.Contains(result.Metrics, m => m.Name == "queued" && m.Value == 120);
        Assert.Equal(120, result.Delivery!.Value.Delivered);
    }

    [Fact]
    public async Task A_lost_stored_message_fails_the_run()
    {
        await using var server = new FakeOfflineServer(loseOneMessage: true);
        var result = await ScenarioRunner.RunAsync("offline", Options(), server.EndPoint, new ActorChatProtocol(), null);
        Assert.False(result.Passed);
        Assert.Equal(1, result.Delivery!.Value.Lost);
    }

    [Fact]
    public async Task The_real_server_passes_with_every_message_delivered_offline()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 1000000");
        var result = await ScenarioRunner.RunAsync("offline", Options(), server.EndPoint, new ActorChatProtocol(), null);
        Assert.True(result.Passed, ReportWriter.ToTable(result));
        Assert.Equal(120, result.Delivery!.Value.Delivered);
    }

    [Fact]
    public async Task Irc_has_no_offline_messages()
    {
        await using var server = new FakeOfflineServer();
        var result = await ScenarioRunner.RunAsync("offline", Options() with { Protocol = ChatProtocolKind.Irc }, server.EndPoint, new IrcProtocol(), null);
        Assert.False(result.Passed);
        Assert.Contains("no offline messages", result.Unsupported);
    }
}
