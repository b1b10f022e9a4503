using ActorChat.Actors.Configuration;
using ActorChat.Client.Cli.Options;

namespace ActorChat.Tests.Client.Cli.Options;

/// <summary><c>hocon/client.conf</c> stays valid HOCON: the project's full reader and the client's flat reader agree on it.</summary>
public class ClientConfFileTests
{
    private static readonly string Path = System.IO.Path.Combine(OptionsParserTests.RepositoryRoot(), "hocon", "client.conf");

    [Fact]
    public void The_full_HOCON_reader_reads_every_value_the_flat_reader_reads()
    {
        var flat = FlatHoconReader.Parse(File.ReadAllText(Path), Path);
        var full = ConfigurationFactory.FromFile(Path);

        Assert.NotEmpty(flat);
        foreach (var (key, value) in flat) Assert.Equal(value, full.GetString(key));
    }

    [Fact]
    public void Durations_mean_the_same_to_both_readers()
    {
        var options = OptionsParser.Parse(["--config", Path], _ => null, File.ReadAllText).Options!;
        var full = ConfigurationFactory.FromFile(Path);

        Assert.Equal(full.GetTimeSpan("actorchat.client.linger"), options.Linger);
        Assert.Equal(full.GetTimeSpan("actorchat.client.connect-timeout"), options.ConnectTimeout);
        Assert.Equal(full.GetTimeSpan("actorchat.client.reconnect-initial-delay"), options.ReconnectInitialDelay);
        Assert.Equal(full.GetTimeSpan("actorchat.client.reconnect-max-delay"), options.ReconnectMaxDelay);
        Assert.Equal(full.GetInt("actorchat.client.port"), options.Port);
    }
}
