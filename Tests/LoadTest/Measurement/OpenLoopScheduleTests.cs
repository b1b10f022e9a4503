using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Measurement;

public class OpenLoopScheduleTests
{
    [Fact]
    public void Message_n_is_due_at_n_over_rate_seconds()
    {
        var schedule = new OpenLoopSchedule(ratePerSecond: 10_000, durationSeconds: 2, clients: 100);
        Assert.Equal(20_000, schedule.TotalMessages);
        Assert.Equal(0, schedule.DueTicks(0));
        Assert.Equal(Clock.Frequency / 10_000, schedule.DueTicks(1));
        Assert.Equal(Clock.Frequency, schedule.DueTicks(10_000));
        Assert.Equal(Clock.Frequency * 19_999 / 10_000, schedule.DueTicks(19_999));
    }

    [Fact]
    public void Due_times_never_decrease_and_do_not_drift_at_odd_rates()
    {
        var schedule = new OpenLoopSchedule(ratePerSecond: 7, durationSeconds: 1000, clients: 3);
        for (long n = 1; n < schedule.TotalMessages; n++)
            Assert.True(schedule.DueTicks(n) >= schedule.DueTicks(n - 1));
        Assert.Equal(Clock.Frequency * 1000, schedule.DueTicks(7000));
    }

    [Fact]
    public void The_rate_is_spread_round_robin_so_each_client_sends_at_rate_over_clients()
    {
        var schedule = new OpenLoopSchedule(ratePerSecond: 1000, durationSeconds: 1.0105, clients: 4);
        Assert.Equal(1010, schedule.TotalMessages);
        var counts = new int[4];
        var nextSequence = new int[4];
        for (long n = 0; n < schedule.TotalMessages; n++)
        {
            int sender = schedule.SenderOf(n);
            Assert.Equal(nextSequence[sender]++, schedule.SequenceOf(n));
            counts[sender]++;
        }
        for (int c = 0; c < 4; c++) Assert.Equal(counts[c], schedule.MessagesOf(c));
        Assert.Equal(new[] { 253, 253, 252, 252 }, counts);
        // One client's consecutive sends are clients/rate apart: 4 ms at 1000/s over 4 clients.
        Assert.Equal(Clock.Frequency * 4 / 1000, schedule.DueTicks(5) - schedule.DueTicks(1));
    }

    [Fact]
    public void Each_sender_cycles_through_every_other_client_and_never_itself()
    {
        const int clients = 7;
        for (int sender = 0; sender < clients; sender++)
        {
            var seen = new HashSet<int>();
            for (int sequence = 0; sequence < clients - 1; sequence++)
            {
                int recipient = OpenLoopSchedule.RecipientFor(sender, sequence, clients);
                Assert.NotEqual(sender, recipient);
                Assert.InRange(recipient, 0, clients - 1);
                seen.Add(recipient);
            }
            Assert.Equal(clients - 1, seen.Count);
        }
    }

    [Theory]
    [InlineData(0, 1.0, 10)]
    [InlineData(100, 0.0, 10)]
    [InlineData(100, 1.0, 1)]
    public void Unusable_shapes_are_refused(long rate, double seconds, int clients)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopSchedule(rate, seconds, clients));
    }
}
