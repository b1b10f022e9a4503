using System.Diagnostics;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Measurement;

public sealed class DeliveryLogTests
{
    private static List<(long Due, long Received)> Written(DeliveryLog log, Clock clock)
    {
        var writer = new StringWriter();
        log.WriteTo(writer, clock);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# due_ns received_ns: CLOCK_MONOTONIC", lines[0]);
        return [.. lines.Skip(1).Select(l => l.Split(' ')).Select(p => (long.Parse(p[0]), long.Parse(p[1])))];
    }

    [Fact]
    public void Every_delivery_recorded_from_many_threads_is_written_once_as_monotonic_nanoseconds()
    {
        var clock = new Clock();
        var log = new DeliveryLog(4 * 1000);
        Parallel.For(0, 4, t =>
        {
            for (int i = 0; i < 1000; i++) log.Record(t * 1000 + i, t * 1000 + i + 7);
        });
        var rows = Written(log, clock);
        long origin = Clock.TicksToNanoseconds(clock.ToTimestamp(0));
        Assert.Equal(Enumerable.Range(0, 4000).Select(i => origin + Clock.TicksToNanoseconds(i)), rows.Select(r => r.Due).Order());
        Assert.All(rows, r => Assert.Equal(Clock.TicksToNanoseconds(7), r.Received - r.Due));
    }

    [Fact]
    public void Clock_time_maps_onto_the_stopwatch_timestamp_it_was_read_from()
    {
        var clock = new Clock();
        long before = Stopwatch.GetTimestamp();
        long now = clock.Now;
        long after = Stopwatch.GetTimestamp();
        Assert.InRange(clock.ToTimestamp(now), before, after);
    }

    [Fact]
    public void Deliveries_beyond_the_capacity_are_counted_but_not_kept()
    {
        var log = new DeliveryLog(2);
        for (int i = 0; i < 5; i++) log.Record(i, i + 1);
        Assert.Equal(5, log.Recorded);
        Assert.Equal(2, Written(log, new Clock()).Count);
    }
}
