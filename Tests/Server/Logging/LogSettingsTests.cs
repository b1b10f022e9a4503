using ActorChat.Actors.Configuration;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Server.Logging;

public sealed class LogSettingsTests
{
    [Fact]
    public void The_reference_config_logs_text_at_information()
    {
        var s = LogSettings.FromConfig(ServerConfig.ReferenceConfig);
        Assert.Equal(LogLevel.Information, s.Level);
        Assert.False(s.Json);
        Assert.Empty(s.Categories);
    }

    [Fact]
    public void Level_format_and_categories_are_read()
    {
        var s = LogSettings.FromConfig(ConfigurationFactory.ParseString(
            """
            actorchat.log {
              level = warning
              format = json
              categories = ["ActorChat.Actors=debug", "Microsoft = none"]
            }
            """));
        Assert.Equal(LogLevel.Warning, s.Level);
        Assert.True(s.Json);
        Assert.Equal(LogLevel.Debug, s.Categories["ActorChat.Actors"]);
        Assert.Equal(LogLevel.None, s.Categories["Microsoft"]);
    }

    [Fact]
    public void A_list_of_categories_overrides_the_empty_default_of_the_reference_config()
    {
        var s = LogSettings.FromConfig(ConfigurationFactory.ParseString("actorchat.log.categories = [\"ActorChat.Server=trace\"]")
            .WithFallback(ServerConfig.ReferenceConfig));
        Assert.Equal(LogLevel.Trace, Assert.Single(s.Categories).Value);
    }

    [Theory]
    [InlineData("actorchat.log.level = loud", "'actorchat.log.level': 'loud' is not a level")]
    [InlineData("actorchat.log.format = xml", "'actorchat.log.format': 'xml' is neither text nor json")]
    [InlineData("actorchat.log.categories = [\"nolevel\"]", "'actorchat.log.categories': 'nolevel' is not")]
    [InlineData("actorchat.log.categories = [\"A=loud\"]", "'actorchat.log.categories': 'loud' is not a level")]
    [InlineData("actorchat.log.categories { A = debug }", "'actorchat.log.categories': give a list of")]
    public void A_bad_value_fails_naming_its_key(string hocon, string message)
    {
        var e = Assert.Throws<SettingsException>(() => LogSettings.FromConfig(ConfigurationFactory.ParseString(hocon)));
        Assert.StartsWith(message, e.Message);
    }
}
