using System.Buffers;
using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Events;

public class EventFormattingTests
{
    private static readonly DateTime Noon = new(2026, 11, 21, 9, 30, 0, 123, DateTimeKind.Utc);

    public static TheoryData<ServerEvent, string> EveryEvent => new()
    {
        { new GreetingEvent("welcome, type HELP"), "HELLO ActorChat 1 welcome, type HELP" },
        { new GreetingEvent(null), "HELLO ActorChat 1" },
        { new HiEvent("Alice"), "HI Alice" },
        { new ListEvent(["Alice", "bob"]), "LIST Alice bob" },
        { AloneEvent.Instance, "ALONE" },
        { new WhoElseEvent(["bob", "carol"]), "WHOELSE bob carol" },
        { new WhoElseEvent([]), "WHOELSE" },
        { new WhoLastEvent(60, ["bob"]), "WHOLAST 60 bob" },
        { new WhoLastEvent(5, []), "WHOLAST 5" },
        { new MsgEvent("alice", "hi  there "), "MSG alice hi  there " },
        { new BroadcastEvent("alice", "hello 🎉"), "BROADCAST alice hello 🎉" },
        { new SayEvent("bob", "psst"), "SAY bob psst" },
        { new OfflineEvent(Noon, "carol", "while you were out"), "OFFLINE 2026-11-21T09:30:00.123Z carol while you were out" },
        { new JoinedEvent("dave"), "JOINED dave" },
        { new LeftEvent("dave"), "LEFT dave" },
        { new PairRequestEvent("bob"), "PAIR-REQUEST bob" },
        { new PairPendingEvent("bob"), "PAIR-PENDING bob" },
        { new PairedEvent("bob"), "PAIRED bob" },
        { new UnpairedEvent("bob"), "UNPAIRED bob" },
        { new QueuedEvent("erin"), "QUEUED erin" },
        { new BlockedEvent("spam"), "BLOCKED spam" },
        { new UnblockedEvent("spam"), "UNBLOCKED spam" },
        { new InboxEvent(Noon, "alice", "bob", "hey bob"), "INBOX 2026-11-21T09:30:00.123Z alice bob hey bob" },
        { new InboxEndEvent(0), "INBOX-END 0" },
        { new InboxEndEvent(42), "INBOX-END 42" },
        { new HelpEvent("MSG <to>[,<to>...] <text>  send a direct message"), "HELP MSG <to>[,<to>...] <text>  send a direct message" },
        { new PingEvent("k7"), "PING k7" },
        { PongEvent.NoToken, "PONG" },
        { new PongEvent("abc"), "PONG abc" },
        { ByeEvent.NoReason, "BYE" },
        { new ByeEvent("shutdown"), "BYE shutdown" },
        { ErrEvent.LineTooLong, "ERR line-too-long" },
        { new ErrEvent(ErrorCodes.NameInvalid, "al@ce"), "ERR name-invalid al@ce" },
        { new ErrEvent(ErrorCodes.BadArgument, "usage: PAIR <name>"), "ERR bad-argument usage: PAIR <name>" },
        { new UnknownEvent("FUTURE-VERB a b"), "FUTURE-VERB a b" },
    };

    [Theory]
    [MemberData(nameof(EveryEvent))]
    public void Every_event_formats_to_its_line_and_parses_back_to_the_same_line(ServerEvent @event, string line)
    {
        var writer = new ArrayBufferWriter<byte>();

        @event.WriteTo(writer);
        EventParseResult parsed = EventParser.Parse(writer.WrittenSpan[..^1]);

        Assert.Equal(line + "\n", Encoding.UTF8.GetString(writer.WrittenSpan));
        Assert.Equal(writer.WrittenSpan.ToArray(), @event.EncodeLine());
        Assert.Equal(line, @event.ToString());
        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(@event.GetType(), parsed.Event.GetType());
        Assert.Equal(@event.Verb, parsed.Event.Verb);
        Assert.Equal(line, parsed.Event.ToString());
    }

    [Fact]
    public void Every_event_verb_is_covered_by_the_round_trip()
    {
        IEnumerable<EventVerb> covered = EveryEvent.Select(row => ((ServerEvent)row[0]).Verb).Distinct();

        Assert.Equal(Enum.GetValues<EventVerb>().Order(), covered.Order());
    }

    [Fact]
    public void An_encoded_line_is_a_fresh_array_each_time_so_it_can_be_shared_safely()
    {
        var msg = new MsgEvent("alice", "to everyone");

        byte[] first = msg.EncodeLine();
        byte[] second = new MsgEvent("bob", "other").EncodeLine();

        Assert.Equal("MSG alice to everyone\n", Encoding.UTF8.GetString(first));
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("alice", "hi  there ")]
    [InlineData("zoë", " ✓ déjà vu")]
    public void A_MSG_line_encoded_from_UTF8_text_is_the_events_line(string from, string text)
    {
        byte[] fromUtf8 = MsgEvent.EncodeLine(from, Encoding.UTF8.GetBytes(text));

        Assert.Equal(new MsgEvent(from, text).EncodeLine(), fromUtf8);
    }

    [Fact]
    public void A_MSG_line_is_encoded_at_the_start_of_a_larger_buffer_and_its_length_returned()
    {
        var buffer = new byte[MsgEvent.GetLineLength("zoë", "✓ hi"u8) + 3];
        "xyz"u8.CopyTo(buffer.AsSpan(buffer.Length - 3));

        int length = MsgEvent.EncodeLine("zoë", "✓ hi"u8, buffer);

        Assert.Equal(new MsgEvent("zoë", "✓ hi").EncodeLine(), buffer[..length]);
        Assert.Equal("xyz"u8.ToArray(), buffer[length..]);
        Assert.Throws<ArgumentException>(() => MsgEvent.EncodeLine("zoë", "✓ hi"u8, new byte[length - 1]));
    }

    [Fact]
    public void A_MSG_line_is_not_encoded_from_UTF8_text_that_would_not_parse_back()
    {
        Assert.Throws<ArgumentException>(() => MsgEvent.EncodeLine("alice", "  "u8));
        Assert.Throws<ArgumentException>(() => MsgEvent.EncodeLine("alice", "a\nb"u8));
        Assert.Throws<ArgumentException>(() => MsgEvent.EncodeLine("alice", [(byte)'a', 0xFF]));
        Assert.Throws<ArgumentException>(() => MsgEvent.EncodeLine("al ice", "hi"u8));
    }

    [Fact]
    public void A_very_long_line_encodes_whole_and_the_next_line_is_not_disturbed()
    {
        string[] names = Enumerable.Range(0, 10_000).Select(i => $"name{i:D5}").ToArray();

        byte[] list = new ListEvent(names).EncodeLine();
        byte[] after = new JoinedEvent("x").EncodeLine();

        Assert.Equal("LIST " + string.Join(' ', names) + "\n", Encoding.UTF8.GetString(list));
        Assert.Equal("JOINED x\n", Encoding.UTF8.GetString(after));
    }

    [Fact]
    public void Parsed_events_carry_their_fields()
    {
        var offline = Assert.IsType<OfflineEvent>(EventParser.Parse("OFFLINE 2026-11-21T09:30:00.123Z carol hi you").Event);
        var inbox = Assert.IsType<InboxEvent>(EventParser.Parse("INBOX 2026-11-21T09:30:00.123Z a b c d").Event);
        var err = Assert.IsType<ErrEvent>(EventParser.Parse("ERR no-such-user zed").Event);
        var who = Assert.IsType<WhoLastEvent>(EventParser.Parse("WHOLAST 30 a b").Event);
        var greeting = Assert.IsType<GreetingEvent>(EventParser.Parse("HELLO ActorChat 2 future").Event);

        Assert.Equal((Noon, DateTimeKind.Utc, "carol", "hi you"), (offline.SentAt, offline.SentAt.Kind, offline.From, offline.Text));
        Assert.Equal((Noon, "a", "b", "c d"), (inbox.SentAt, inbox.From, inbox.To, inbox.Text));
        Assert.Equal((ErrorCodes.NoSuchUser, "zed"), (err.Code, err.Detail));
        Assert.Equal(30, who.Minutes);
        Assert.Equal(["a", "b"], who.Names);
        Assert.Equal((2, "future"), (greeting.Version, greeting.Text));
    }

    [Fact]
    public void Constructors_refuse_what_would_not_parse_back()
    {
        Assert.Throws<ArgumentException>(() => new ErrEvent("Not-A-Code"));
        Assert.Throws<ArgumentException>(() => new ErrEvent("two--dashes"));
        Assert.Throws<ArgumentException>(() => new ErrEvent("busy", "a\nb"));
        Assert.Throws<ArgumentException>(() => new MsgEvent("alice", " "));
        Assert.Throws<ArgumentException>(() => new ListEvent(["ok", "not ok"]));
        Assert.Throws<ArgumentException>(() => new JoinedEvent(""));
        Assert.Throws<ArgumentException>(() => new PingEvent(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InboxEndEvent(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WhoLastEvent(0, []));
    }
}
