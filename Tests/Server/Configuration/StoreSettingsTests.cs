using ActorChat.Actors.Configuration;
using ActorChat.Server;
using ActorChat.Server.Configuration;
using ActorChat.Server.Storage;

namespace ActorChat.Tests.Server.Configuration;

public sealed class StoreSettingsTests
{
    private static StoreSettings Read(string hocon) =>
        StoreSettings.FromConfig(ConfigurationFactory.ParseString(hocon).WithFallback(ChatServer.ReferenceConfig), "some/dir");

    [Fact]
    public void The_reference_defaults_map_onto_the_stores_defaults()
    {
        var settings = Read("");
        Assert.Equal(new StoreOptions("some/dir"), settings.Options);
        Assert.True(settings.RecordHistory);
    }

    [Fact]
    public void Every_key_of_actorchat_store_is_mapped()
    {
        var settings = Read("""
            actorchat.store {
              history-days = 0
              purge-interval = 10m
              max-batch-size = 64
              synchronous = full
              record-history = off
              max-pending-history = 5000
            }
            """);
        Assert.Equal(0, settings.Options.HistoryDays);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Options.PurgeInterval);
        Assert.Equal(64, settings.Options.MaxBatchSize);
        Assert.Equal(StoreSynchronous.Full, settings.Options.Synchronous);
        Assert.Equal("some/dir", settings.Options.DataDirectory);
        Assert.False(settings.RecordHistory);
        Assert.Equal(5000, settings.Options.MaxPendingHistory);
    }

    [Theory]
    [InlineData("actorchat.store.history-days = -1", "history-days")]
    [InlineData("actorchat.store.history-days = lots", "history-days")]
    [InlineData("actorchat.store.max-batch-size = 0", "max-batch-size")]
    [InlineData("actorchat.store.synchronous = sometimes", "synchronous")]
    [InlineData("actorchat.store.purge-interval = soon", "purge-interval")]
    [InlineData("actorchat.store.max-pending-history = 0", "max-pending-history")]
    public void A_bad_value_fails_with_the_key_in_the_message(string hocon, string key)
    {
        var e = Assert.Throws<SettingsException>(() => Read(hocon));
        Assert.Contains(key, e.Message);
    }
}
