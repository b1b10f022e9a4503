using ActorChat.Actors.Configuration;
using ActorChat.Client.Cli.Options;

namespace ActorChat.Tests.Client.Cli.Options;

/// <summary><c>hocon/client.conf</c> is read whole and documents the client's real defaults.</summary>
public class ClientConfFileTests
{
    private static readonly string Path = System.IO.Path.Combine(OptionsParserTests.RepositoryRoot(), "hocon", "client.conf");

    [Fact]
    public void Every_value_it_sets_is_the_default_it_documents()
    {
        var result = OptionsParser.Parse(["--config", Path], _ => null);

        Assert.Null(result.Error);
        Assert.Equal(new ClientOptions { ConfigPath = Path }, result.Options);
    }

    [Fact]
    public void It_sets_every_setting_but_the_name()
    {
        var keys = ConfigurationFactory.FromFile(Path).GetKeys(OptionsParser.ConfigBlock);

        Assert.Equal(
            ["bell", "color", "connect-timeout", "history-size", "host", "linger", "max-line-bytes", "port", "reconnect",
             "reconnect-initial-delay", "reconnect-max-attempts", "reconnect-max-delay"],
            keys.Order());
    }
}
