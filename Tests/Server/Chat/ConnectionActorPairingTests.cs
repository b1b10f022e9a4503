namespace ActorChat.Tests.Server.Chat;

public sealed class ConnectionActorPairingTests : ChatActorTestBase
{
    [Fact]
    public void A_PAIR_whose_target_fails_before_answering_is_settled_as_not_online_and_the_lines_behind_it_follow()
    {
        var (alice, bob) = LoginTwo("alice", "bob");

        // bob's actor throws on the request and is stopped: it never answers alice's PAIR.
        bob.Connection.Poison = "PAIR-REQUEST alice";
        EventFilter.Exception<InvalidOperationException>(contains: "poisoned line").ExpectOne(() =>
        {
            alice.Send("PAIR bob");
            alice.Send("SAY hello");
            alice.Send("PING after");
        });

        var lines = new List<string>();
        for (var i = 0; i < 4; i++) lines.Add(alice.Lines.ExpectMsg<string>());
        Assert.Contains("LEFT bob", lines);
        lines.Remove("LEFT bob");
        Assert.Equal(["ERR not-online bob", "ERR not-paired", "PONG after"], lines);
        alice.Send("UNPAIR");
        alice.Lines.ExpectMsg("ERR not-paired");
    }

    [Fact]
    public void Lines_behind_a_PAIR_wait_for_its_answer_and_keep_their_order()
    {
        var (alice, bob) = LoginTwo("alice", "bob");
        bob.Send("PAIR alice");
        bob.Lines.ExpectMsg("PAIR-PENDING alice");
        alice.Lines.ExpectMsg("PAIR-REQUEST bob");

        alice.Send("PAIR bob");
        alice.Send("SAY one");
        alice.Send("PING x");
        alice.Send("SAY two");
        alice.Lines.ExpectMsg("PAIRED bob");
        alice.Lines.ExpectMsg("PONG x");
        bob.Lines.ExpectMsg("PAIRED alice");
        bob.Lines.ExpectMsg("SAY alice one");
        bob.Lines.ExpectMsg("SAY alice two");
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }
}
