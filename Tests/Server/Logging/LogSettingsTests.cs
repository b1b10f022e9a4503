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
              categories { "ActorChat.Actors" = debug, "Microsoft.AspNetCore" = warning, Microsoft = none }
            }
            """));
        Assert.Equal(LogLevel.Warning, s.Level);
        Assert.True(s.Json);
        Assert.Equal(LogLevel.Debug, s.Categories["ActorChat.Actors"]);
        Assert.Equal(LogLevel.Warning, s.Categories["Microsoft.AspNetCore"]);
        Assert.Equal(LogLevel.None, s.Categories["Microsoft"]);
        Assert.Equal(3, s.Categories.Count);
    }

    [Fact]
    public void Categories_merge_with_those_of_the_fallback_and_an_override_wins()
    {
        var fallback = ConfigurationFactory.ParseString("actorchat.log.categories { \"ActorChat.Server\" = trace, Microsoft = warning }")
            .WithFallback(ServerConfig.ReferenceConfig);
        var s = LogSettings.FromConfig(ConfigurationFactory.ParseString("actorchat.log.categories.Microsoft = error").WithFallback(fallback));
        Assert.Equal(LogLevel.Trace, s.Categories["ActorChat.Server"]);
        Assert.Equal(LogLevel.Error, s.Categories["Microsoft"]);
        Assert.Equal(2, s.Categories.Count);
    }

    [Fact]
    public void A_category_set_from_the_command_line_is_read()
    {
        var line = Assert.Single(ServerCommandLine.Parse(["--set", "actorchat.log.categories={\"ActorChat.Server\"=information}"]).Overrides);
        var s = LogSettings.FromConfig(ConfigurationFactory.ParseString(line).WithFallback(ServerConfig.ReferenceConfig));
        Assert.Equal(LogLevel.Information, Assert.Single(s.Categories).Value);
    }

    [Theory]
    [InlineData("actorchat.log.level = loud", "'actorchat.log.level': 'loud' is not a level")]
    [InlineData("actorchat.log.format = xml", "'actorchat.log.format': 'xml' is neither text nor json")]
    [InlineData("actorchat.log.categories { A = loud }", "'actorchat.log.categories.A': 'loud' is not a level")]
    [InlineData("actorchat.log.categories { \"A.B\" = loud }", "'actorchat.log.categories.\"A.B\"': 'loud' is not a level")]
    [InlineData("actorchat.log.categories = [\"A=debug\"]", "'actorchat.log.categories': expected an object but found an array")]
    [InlineData("actorchat.log.categories { A.B = debug }", "'actorchat.log.categories.A': expected a string but found an object")]
    [InlineData("actorchat.log.categories = debug", "'actorchat.log.categories': expected an object but found the string \"debug\"")]
    public void A_bad_value_fails_naming_its_key(string hocon, string message)
    {
        var e = Assert.Throws<SettingsException>(() => LogSettings.FromConfig(ConfigurationFactory.ParseString(hocon)));
        Assert.StartsWith(message, e.Message);
    }

    [Theory]
    [InlineData("actorchat.log.categories = [\"ActorChat.Actors=debug\"]")]
    [InlineData("actorchat.log.categories { ActorChat.Actors = debug }")]
    public void A_list_or_an_unquoted_dotted_category_is_refused_showing_the_quoted_form(string hocon)
    {
        var e = Assert.Throws<SettingsException>(() => LogSettings.FromConfig(ConfigurationFactory.ParseString(hocon)));
        Assert.Contains("categories { \"ActorChat.Actors\" = debug }", e.Message);
    }
}
