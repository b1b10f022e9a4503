using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using ActorChat.TestKit;

namespace ActorChat.Tests.Server.Chat;

/// <summary>A registry with fake connections: each client is its actor, its fake connection and a probe of its lines.</summary>
public abstract class ChatActorTestBase : ActorChat.TestKit.TestKit
{
    private int _next;

    private protected ChatActorTestBase(ServerSettings? settings = null, ChatStorage? storage = null, string config = "")
        : base(config)
    {
        Settings = settings ?? new ServerSettings();
        Registry = Sys.ActorOf(Props.Create(() => new RegistryActor(Settings, Log, storage)), "registry");
    }

    private protected ServerSettings Settings { get; }

    private protected RecordingLogger Log { get; } = new();

    private protected IActorRef Registry { get; }

    private protected Client Open(long? lastReceived = null)
    {
        var probe = CreateTestProbe();
        var connection = new FakeConnection("c" + Interlocked.Increment(ref _next), probe.Ref);
        if (lastReceived is { } last) connection.LastReceived = last;
        var opener = CreateTestProbe();
        Registry.Tell(new OpenConnection(connection), opener.Ref);
        var actor = opener.ExpectMsg<IActorRef>();
        Assert.StartsWith("HELLO ActorChat 1 ", probe.ExpectMsg<string>());
        return new Client(actor, connection, probe);
    }

    private protected Client Login(string name)
    {
        var client = Open();
        client.Send($"HELLO {name}");
        client.Lines.ExpectMsg($"HI {name}");
        var list = client.Lines.ExpectMsg<string>();
        if (list == $"LIST {name}") client.Lines.ExpectMsg("ALONE");
        return client;
    }

    /// <summary>
    /// Logs in <paramref name="first"/>, then <paramref name="second"/>, and takes the JOINED line the first gets.
    /// </summary>
    private protected (Client First, Client Second) LoginTwo(string first, string second)
    {
        var one = Login(first);
        var two = Login(second);
        one.Lines.ExpectMsg($"JOINED {second}");
        return (one, two);
    }

    /// <summary>Logs in alice, bob and carol, in that order, and takes the JOINED lines the earlier ones get.</summary>
    private protected (Client Alice, Client Bob, Client Carol) LoginThree()
    {
        var (alice, bob) = LoginTwo("alice", "bob");
        var carol = Login("carol");
        alice.Lines.ExpectMsg("JOINED carol");
        bob.Lines.ExpectMsg("JOINED carol");
        return (alice, bob, carol);
    }

    private protected sealed record Client(IActorRef Actor, FakeConnection Connection, TestProbe Lines)
    {
        /// <summary>Parses <paramref name="line"/> as the read loop does and tells the actor the result.</summary>
        public void Send(string line)
        {
            var parsed = CommandParser.Parse(line);
            object message = parsed.IsSuccess ? parsed.Command : new RejectedLine(parsed.Error!, false);
            Actor.Tell(message, ActorRefs.NoSender);
        }
    }
}
