using ActorChat.Actors;
using ActorChat.Actors.Configuration;
using Xunit.Abstractions;

namespace ActorChat.TestKit;

/// <summary>
/// The xunit base class for actor tests (Akka.TestKit.Xunit2's <c>TestKit</c>): one fresh actor system per test,
/// terminated by <see cref="Dispose()"/>. The system logs into the kit (for <see cref="TestKitBase.EventFilter"/>) and,
/// when an <see cref="ITestOutputHelper"/> is given, into the test's output.
/// </summary>
public class TestKit : TestKitBase, IDisposable
{
    private bool _disposed;

    /// <summary>A kit with the default configuration.</summary>
    public TestKit() : this(Config.Empty, null, null) { }

    /// <summary>A kit that writes the kernel's log to <paramref name="output"/>.</summary>
    public TestKit(ITestOutputHelper output) : this(Config.Empty, null, output) { }

    /// <summary>A kit whose system is configured by <paramref name="config"/>.</summary>
    public TestKit(Config config, string? actorSystemName = null, ITestOutputHelper? output = null)
        : this(Bootstrap.Create(config, actorSystemName, output)) { }

    /// <summary>A kit whose system is configured by the HOCON text <paramref name="config"/>.</summary>
    public TestKit(string config, ITestOutputHelper? output = null)
        : this(ConfigurationFactory.ParseString(config), null, output) { }

    private TestKit(Bootstrap bootstrap) : base(bootstrap.System, bootstrap.Settings, bootstrap.Sink, "testActor")
    {
        ImplicitSender.Current = TestActor;
    }

    /// <summary>Terminates the system, waiting up to 10 s (dilated) for every actor to stop.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Terminates the system when <paramref name="disposing"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing) return;
        _disposed = true;
        if (ReferenceEquals(ImplicitSender.Current, TestActor)) ImplicitSender.Current = null;
        Sys.Terminate().Wait(Dilated(TimeSpan.FromSeconds(10)));
        LogSink.Detach();
    }

    private sealed record Bootstrap(ActorSystem System, TestKitSettings Settings, TestLogSink Sink)
    {
        public static Bootstrap Create(Config config, string? name, ITestOutputHelper? output)
        {
            ArgumentNullException.ThrowIfNull(config);
            var settings = new TestKitSettings(config);
            var sink = new TestLogSink(output);
            var system = ActorSystem.Create(name ?? "test", config, new TestLoggerFactory(sink));
            return new Bootstrap(system, settings, sink);
        }
    }
}
