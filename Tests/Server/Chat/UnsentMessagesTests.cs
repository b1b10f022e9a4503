using System.Text.RegularExpressions;

namespace ActorChat.Tests.Server.Chat;

/// <summary>
/// A slow reader dropped with messages handed to its connection but not flushed: they, and the message its full
/// buffer refused, become its offline messages, whether the reader remembers them by their history rows (history on)
/// or as the messages themselves (off).
/// </summary>
public abstract partial class UnsentMessagesTests(bool recordHistory)
    : StoreActorTestBase(recordHistory, knownNames: [])
{
    [Fact]
    public void Messages_handed_but_not_flushed_when_the_slow_reader_is_dropped_are_its_offline_messages_in_order()
    {
        var (alice, slow) = LoginTwo("alice", "slow");
        slow.Connection.Stalled = true;

        alice.Send("MSG slow one");
        slow.Lines.ExpectMsg("MSG alice one");
        alice.Send("MSG slow two");
        slow.Lines.ExpectMsg("MSG alice two");
        slow.Connection.Overflowed = true;
        alice.Send("MSG slow three");
        slow.Lines.ExpectMsg(FakeConnection.Aborted);
        alice.Lines.ExpectMsg("LEFT slow");

        var again = Open();
        again.Send("HELLO slow");
        again.Lines.ExpectMsg("HI slow");
        again.Lines.ExpectMsg("LIST alice slow");
        foreach (var text in new[] { "one", "two", "three" })
        {
            var line = again.Lines.ExpectMsg<string>();
            Assert.Matches(Offline(), line);
            Assert.EndsWith(" alice " + text, line);
        }
    }

    [GeneratedRegex(@"^OFFLINE \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z alice ")]
    private static partial Regex Offline();
}

/// <summary>History on: the unsent messages are remembered by their history rows.</summary>
public sealed class UnsentMessagesWithHistoryTests() : UnsentMessagesTests(recordHistory: true);

/// <summary>History off: the unsent messages themselves are remembered.</summary>
public sealed class UnsentMessagesWithoutHistoryTests() : UnsentMessagesTests(recordHistory: false);
