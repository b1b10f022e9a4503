using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>The repository's own hocon/reference.conf and hocon/server.conf read through the real include path.</summary>
public class RepositoryConfigSpec
{
    private static string HoconDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "hocon");
            if (File.Exists(Path.Combine(candidate, "server.conf")) && File.Exists(Path.Combine(dir.FullName, "ActorChat.sln")))
                return candidate;
        }
        throw new InvalidOperationException("hocon/ not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Server_conf_includes_reference_conf_beside_it_and_reads_the_server_settings()
    {
        // Loaded from a different working directory's point of view: the include must follow the file, not the cwd.
        var config = ConfigurationFactory.FromFile(Path.Combine(HoconDirectory(), "server.conf"));
        Assert.Equal(5050, config.GetInt("actorchat.server.port"));
        Assert.Equal("127.0.0.1", config.GetString("actorchat.server.host"));
        Assert.Equal(4L * 1024 * 1024, config.GetByteSize("actorchat.server.max-outbound-bytes"));
        // Keys only reference.conf defines arrive through the include.
        Assert.Equal(TimeSpan.FromSeconds(300), config.GetTimeSpan("actorchat.server.idle-timeout"));
        Assert.Equal(TimeSpan.FromMilliseconds(10), config.GetTimeSpan("actorchat.actors.scheduler-tick"));
        Assert.False(config.GetBoolean("actorchat.actors.log-lifecycle", true));
        Assert.True(config.GetConfig("actorchat.log.categories").IsEmpty);
    }

    [Fact]
    public void Reference_conf_alone_parses_and_every_documented_default_reads_with_its_type()
    {
        var reference = ConfigurationFactory.FromFile(Path.Combine(HoconDirectory(), "reference.conf"));
        Assert.True(reference.GetBoolean("actorchat.actors.log-dead-letters"));
        Assert.Equal(10, reference.GetInt("actorchat.actors.log-dead-letters-per-second"));
        Assert.Equal(TimeSpan.FromSeconds(10), reference.GetTimeSpan("actorchat.actors.ask-timeout"));
        Assert.Equal(1.0, reference.GetDouble("actorchat.testkit.timefactor"));
        Assert.Equal(TimeSpan.FromSeconds(3), reference.GetTimeSpan("actorchat.testkit.expect-timeout"));
        Assert.Equal("information", reference.GetString("actorchat.log.level"));
        Assert.Equal(4096, reference.GetInt("actorchat.server.max-line-bytes"));
        Assert.Equal(4L * 1024 * 1024, reference.GetByteSize("actorchat.server.max-outbound-bytes"));
    }

    [Fact]
    public void An_override_given_as_a_string_wins_over_the_file_through_WithFallback()
    {
        var file = ConfigurationFactory.FromFile(Path.Combine(HoconDirectory(), "server.conf"));
        var config = ConfigurationFactory.ParseString("actorchat.server.port = 6060").WithFallback(file);
        Assert.Equal(6060, config.GetInt("actorchat.server.port"));
        Assert.Equal("127.0.0.1", config.GetString("actorchat.server.host"));
    }
}
