using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Events;

public class EventParserTests
{
    [Theory]
    [InlineData("HELLO Other 1 x")]
    [InlineData("HELLO ActorChat")]
    [InlineData("HELLO ActorChat zero")]
    [InlineData("HI")]
    [InlineData("HI alice bob")]
    [InlineData("JOINED")]
    [InlineData("ALONE now")]
    [InlineData("WHOLAST")]
    [InlineData("WHOLAST x a")]
    [InlineData("MSG")]
    [InlineData("MSG alice")]
    [InlineData("MSG alice   ")]
    [InlineData("OFFLINE 2026-11-21 alice hi")]
    [InlineData("OFFLINE 2026-13-21T09:30:00.123Z alice hi")]
    [InlineData("OFFLINE 2026-11-21T09:30:00.123Z alice")]
    [InlineData("INBOX 2026-11-21T09:30:00.123Z alice")]
    [InlineData("INBOX 2026-11-21T09:30:00.123Z alice bob")]
    [InlineData("INBOX-END")]
    [InlineData("INBOX-END -1")]
    [InlineData("INBOX-END 3 4")]
    [InlineData("HELP")]
    [InlineData("PING")]
    [InlineData("ERR")]
    [InlineData("ERR Bad_Code")]
    public void Malformed_lines_with_known_verbs_fail_with_a_reason(string line)
    {
        EventParseResult result = EventParser.Parse(line);

        Assert.False(result.IsSuccess, result.ToString());
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void Verbs_are_matched_case_insensitively()
    {
        Assert.IsType<JoinedEvent>(EventParser.Parse("joined bob").Event);
        Assert.IsType<PairRequestEvent>(EventParser.Parse("Pair-Request bob").Event);
    }

    [Fact]
    public void Unknown_verbs_become_unknown_events_carrying_the_whole_line()
    {
        var unknown = Assert.IsType<UnknownEvent>(EventParser.Parse("TOPIC #x hello").Event);

        Assert.Equal("TOPIC #x hello", unknown.Line);
        Assert.Equal(EventVerb.Unknown, unknown.Verb);
    }

    [Fact]
    public void Name_lists_skip_empty_tokens_and_may_be_empty()
    {
        Assert.Equal(["a", "b"], Assert.IsType<ListEvent>(EventParser.Parse("LIST a  b ").Event).Names);
        Assert.Empty(Assert.IsType<WhoElseEvent>(EventParser.Parse("WHOELSE").Event).Names);
        Assert.Empty(Assert.IsType<WhoElseEvent>(EventParser.Parse("WHOELSE   ").Event).Names);
    }

    [Fact]
    public void Blank_lines_are_blank()
    {
        Assert.True(EventParser.Parse("").IsBlank);
        Assert.True(EventParser.Parse("  ").IsBlank);
    }

    [Fact]
    public void No_input_makes_the_parser_throw()
    {
        var random = new Random(54321);
        string[] verbs = ["HELLO", "HI", "LIST", "WHOLAST", "MSG", "OFFLINE", "INBOX", "INBOX-END", "ERR", "PING", "BYE", "x"];
        for (int i = 0; i < 20_000; i++)
        {
            var line = new byte[random.Next(0, 40)];
            random.NextBytes(line);
            byte[] verb = System.Text.Encoding.ASCII.GetBytes(verbs[random.Next(verbs.Length)] + " ");
            byte[] input = random.Next(2) == 0 ? [.. verb, .. line] : line;

            EventParseResult result = EventParser.Parse(input);

            Assert.True(result.IsSuccess ^ (result.Error is not null) || result.IsBlank);
        }
    }
}
