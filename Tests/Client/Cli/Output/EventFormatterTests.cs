using ActorChat.Client.Cli.Output;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Cli.Output;

public class EventFormatterTests
{
    // 10:03 UTC is 12:03 on the test clock's local time.
    private readonly EventFormatter _formatter = new(new FixedClock(new DateTimeOffset(2026, 11, 21, 10, 3, 30, TimeSpan.Zero)));

    private string? Text(string line, string self = "alice") =>
        _formatter.Format(EventParser.Parse(line).Event!, self)?.ToString();

    [Theory]
    [InlineData("MSG bob hi there", "12:03 bob → you: hi there")]
    [InlineData("BROADCAST bob hello", "12:03 [all] bob: hello")]
    [InlineData("SAY carol psst", "12:03 [pair] carol: psst")]
    [InlineData("OFFLINE 2026-11-21T07:30:00.123Z bob sorry", "09:30 bob → you (while you were away): sorry")]
    [InlineData("OFFLINE 2026-11-19T07:30:00.000Z bob old", "Nov 19 09:30 bob → you (while you were away): old")]
    [InlineData("INBOX 2026-11-21T08:00:00.000Z bob ALICE yo", "10:00 [inbox] bob → you: yo")]
    [InlineData("INBOX 2026-11-21T08:00:00.000Z alice bob back", "10:00 [inbox] you → bob: back")]
    [InlineData("INBOX 2026-11-18T08:00:00.000Z carol alice old", "Nov 18 10:00 [inbox] carol → you: old")]
    [InlineData("INBOX-END 2", "* end of inbox: 2 direct messages")]
    [InlineData("INBOX-END 1", "* end of inbox: 1 direct message")]
    [InlineData("INBOX-END 0", "* inbox is empty: no direct messages yet")]
    [InlineData("JOINED carol", "* carol joined")]
    [InlineData("LEFT carol", "* carol left")]
    [InlineData("LIST alice bob", "* online (2): alice, bob")]
    [InlineData("ALONE", "* nobody else is online yet")]
    [InlineData("WHOELSE", "* nobody else is online")]
    [InlineData("WHOELSE bob carol", "* also online: bob, carol")]
    [InlineData("WHOLAST 60 bob", "* online in the last 60 min: bob")]
    [InlineData("WHOLAST 5", "* nobody else was online in the last 5 min")]
    [InlineData("PAIR-REQUEST bob", "* bob asks to pair with you (/pair bob to accept)")]
    [InlineData("PAIR-PENDING bob", "* waiting for bob to accept (they type /pair alice)")]
    [InlineData("PAIRED bob", "* paired with bob: lines without / now go to bob (/unpair to stop)")]
    [InlineData("UNPAIRED bob", "* no longer paired with bob")]
    [InlineData("QUEUED bob", "* bob is offline: the message is stored for their next login")]
    [InlineData("BLOCKED eve", "* blocked eve: their messages won't reach you (/unblock eve to undo)")]
    [InlineData("UNBLOCKED eve", "* unblocked eve")]
    [InlineData("HELP MSG <to> <text>", "  MSG <to> <text>")]
    [InlineData("ERR no-such-user zed", "! nobody called zed has ever logged in (check the spelling; /wholast 1440 shows who was here today)")]
    [InlineData("ERR not-paired", "! you are not paired with anyone (/pair NAME to pair, /msg NAME TEXT for a direct message)")]
    [InlineData("ERR rate-limited", "! too fast: the server dropped a line (slow down)")]
    [InlineData("ERR store-failed", "! the server could not reach its message store, so that was not done (try again in a moment)")]
    [InlineData("ERR strange-thing x", "! error strange-thing: x")]
    [InlineData("NEWVERB a b", "* NEWVERB a b")]
    public void Events_read_as_lines_for_people(string line, string expected) => Assert.Equal(expected, Text(line));

    [Theory]
    [InlineData("PING t")]
    [InlineData("PONG t")]
    [InlineData("BYE shutdown")]
    [InlineData("HELLO ActorChat 1 hi")]
    public void Connection_housekeeping_is_not_shown(string line) => Assert.Null(Text(line));

    [Theory]
    [InlineData((int)PairEnding.Pair, "* no longer paired with bob")]
    [InlineData((int)PairEnding.OwnRequest, "* request to pair with bob withdrawn")]
    [InlineData((int)PairEnding.TheirRequest, "* bob no longer asks to pair with you")]
    public void UNPAIRED_reads_as_what_it_ends(int ending, string expected) =>
        Assert.Equal(expected, EventFormatter.Unpaired("bob", (PairEnding)ending).ToString());

    [Fact]
    public void Echoes_of_sent_messages_look_like_received_ones()
    {
        Assert.Equal("12:03 you → bob,carol: hi", _formatter.Sent("", "bob,carol", "hi").ToString());
        Assert.Equal("12:03 [all] you: hey", _formatter.Sent("[all] ", "", "hey").ToString());
        Assert.Equal("12:03 [pair] you: psst", _formatter.Sent("[pair] ", "", "psst").ToString());
    }

    [Fact]
    public void Names_and_errors_carry_their_own_styles()
    {
        var message = _formatter.Format(new MsgEvent("bob", "hi"), "alice")!;
        Assert.Contains(message.Segments, s => s is { Text: "bob", Style: Style.Name });
        Assert.Contains(message.Segments, s => s is { Text: "you", Style: Style.Self });

        var error = _formatter.Format(new ErrEvent(ErrorCodes.NotPaired), "alice")!;
        Assert.Equal(Style.Error, error.Segments[0].Style);
        Assert.Equal(Style.Hint, error.Segments[^1].Style);
    }
}
