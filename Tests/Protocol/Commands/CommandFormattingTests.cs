using System.Buffers;
using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Commands;

public class CommandFormattingTests
{
    public static TheoryData<Command, string> EveryCommand => new()
    {
        { new HelloCommand("alice"), "HELLO alice" },
        { new MsgCommand("bob", "hi there"), "MSG bob hi there" },
        { new MsgCommand(["bob", "carol", "Dave"], " spaced  text "), "MSG bob,carol,Dave  spaced  text " },
        { new BroadcastCommand("hello 🎉 wörld"), "BROADCAST hello 🎉 wörld" },
        { ListCommand.Instance, "LIST" },
        { WhoElseCommand.Instance, "WHOELSE" },
        { new WhoLastCommand(15), "WHOLAST 15" },
        { new PairCommand("bob"), "PAIR bob" },
        { new SayCommand("psst"), "SAY psst" },
        { UnpairCommand.Instance, "UNPAIR" },
        { new BlockCommand("spammer"), "BLOCK spammer" },
        { new UnblockCommand("spammer"), "UNBLOCK spammer" },
        { InboxCommand.Default, "INBOX" },
        { new InboxCommand(7), "INBOX 7" },
        { new InboxCommand(10_000), "INBOX 500" },
        { PingCommand.NoToken, "PING" },
        { new PingCommand("t-1 x"), "PING t-1 x" },
        { PongCommand.NoToken, "PONG" },
        { new PongCommand("k7"), "PONG k7" },
        { HelpCommand.Instance, "HELP" },
        { QuitCommand.NoReason, "QUIT" },
        { new QuitCommand("gone fishing"), "QUIT gone fishing" },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_formats_to_its_line_and_parses_back_to_the_same_line(Command command, string line)
    {
        var writer = new ArrayBufferWriter<byte>();

        command.WriteTo(writer);
        CommandParseResult parsed = CommandParser.Parse(writer.WrittenSpan[..^1]);

        Assert.Equal(line + "\n", Encoding.UTF8.GetString(writer.WrittenSpan));
        Assert.Equal(writer.WrittenSpan.ToArray(), command.EncodeLine());
        Assert.Equal(line, command.ToString());
        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(command.GetType(), parsed.Command.GetType());
        Assert.Equal(command.Verb, parsed.Command.Verb);
        Assert.Equal(line, parsed.Command.ToString());
    }

    [Fact]
    public void Every_command_verb_is_covered_by_the_round_trip()
    {
        IEnumerable<CommandVerb> covered = EveryCommand.Select(row => ((Command)row[0]).Verb).Distinct();

        Assert.Equal(Enum.GetValues<CommandVerb>().Order(), covered.Order());
    }

    [Fact]
    public void A_long_text_is_written_whole_through_a_writer_that_offers_small_spans()
    {
        string text = string.Concat(Enumerable.Repeat("ab✓🎉 ", 3000));
        var writer = new SmallSpanWriter(7);

        new SayCommand(text).WriteTo(writer);

        Assert.Equal("SAY " + text + "\n", Encoding.UTF8.GetString(writer.Written.ToArray()));
    }

    [Fact]
    public void A_MSG_made_from_a_string_offers_its_text_in_UTF8_too()
    {
        Assert.Equal("✓ é"u8.ToArray(), new MsgCommand("bob", "✓ é").Utf8Text.ToArray());
    }

    [Fact]
    public void Constructors_refuse_what_would_not_parse_back()
    {
        Assert.Throws<ArgumentException>(() => new MsgCommand("bob", ""));
        Assert.Throws<ArgumentException>(() => new MsgCommand("bob", "   "));
        Assert.Throws<ArgumentException>(() => new MsgCommand("bob", "a\nb"));
        Assert.Throws<ArgumentException>(() => new MsgCommand("bo b", "x"));
        Assert.Throws<ArgumentException>(() => new MsgCommand("bob,carol", "x"));
        Assert.Throws<ArgumentException>(() => new MsgCommand(Array.Empty<string>(), "x"));
        Assert.Throws<ArgumentException>(() => new HelloCommand(""));
        Assert.Throws<ArgumentException>(() => new PairCommand("a b"));
        Assert.Throws<ArgumentException>(() => new BroadcastCommand(""));
        Assert.Throws<ArgumentException>(() => new QuitCommand("a\nb"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WhoLastCommand(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WhoLastCommand(1441));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InboxCommand(0));
    }

    /// <summary>A writer that never offers more than a few bytes beyond what is asked, to exercise chunked transcoding.</summary>
    private sealed class SmallSpanWriter(int extra) : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _current = [];

        public IReadOnlyList<byte> Written => _written;

        public void Advance(int count) => _written.AddRange(_current.AsSpan(0, count).ToArray());

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 1) + extra];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
