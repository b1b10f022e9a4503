using System.Runtime.CompilerServices;
using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Scheduling;

public class SchedulerTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    [Fact]
    public void ScheduleTellOnce_delivers_once_with_the_given_sender()
    {
        var probe = CreateTestProbe();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(30), TestActor, "tick", probe.Ref);
        ExpectMsg("tick");
        Assert.Equal(probe.Ref, LastSender);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Earlier_deadlines_fire_first_whatever_the_order_of_scheduling()
    {
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(300), TestActor, "late", null);
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(20), TestActor, "early", null);
        ExpectMsg("early");
        ExpectMsg("late");
    }

    [Fact]
    public void A_cancelled_once_never_fires()
    {
        var cancelable = Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromMilliseconds(50), TestActor, "tick", null);
        cancelable.Cancel();
        Assert.True(cancelable.IsCancellationRequested);
        Assert.True(cancelable.Token.IsCancellationRequested);
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(150), TestActor, "marker", null);
        ExpectMsg("marker");
    }

    [Fact]
    public void A_cancelled_tell_lets_go_of_its_receiver_at_once_not_when_it_comes_due()
    {
        var (receiver, cancelable) = ScheduleTellAnHourAhead();
        AssertKeptUntilCancelled(receiver, cancelable);
    }

    [Fact]
    public void A_cancelled_action_lets_go_of_what_it_captured_at_once()
    {
        var (captured, cancelable) = ScheduleActionAnHourAhead();
        AssertKeptUntilCancelled(captured, cancelable);
    }

    [Fact]
    public void Cancelled_entries_leave_the_queue_long_before_they_come_due()
    {
        var scheduler = (DedicatedThreadScheduler)Sys.Scheduler;
        var before = scheduler.QueuedCount;
        for (var i = 0; i < 5000; i++)
            Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromHours(1), TestActor, "tick", null).Cancel();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromHours(1), TestActor, "kept", null);
        // Dropped whenever the queue doubles (from 1,024 entries on): at most that many are still there.
        Assert.InRange(scheduler.QueuedCount, 1, before + 1024);
    }

    private static void AssertKeptUntilCancelled(WeakReference target, ICancelable cancelable)
    {
        Assert.True(FullCollection.KeepsAlive(target), "kept while scheduled");
        cancelable.Cancel();
        Assert.False(FullCollection.KeepsAlive(target), "let go once cancelled");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (WeakReference, ICancelable) ScheduleTellAnHourAhead()
    {
        var receiver = new Receiver();
        return (new WeakReference(receiver),
            Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromHours(1), receiver, "tick", null));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (WeakReference, ICancelable) ScheduleActionAnHourAhead()
    {
        var captured = new object();
        return (new WeakReference(captured),
            Sys.Scheduler.Advanced.ScheduleOnceCancelable(TimeSpan.FromHours(1), () => GC.KeepAlive(captured)));
    }

    private sealed class Receiver : ICanTell
    {
        public void Tell(object message, IActorRef? sender)
        {
        }
    }

    [Fact]
    public void Repeatedly_delivers_until_cancelled()
    {
        var cancelable = Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.Zero, TimeSpan.FromMilliseconds(20), TestActor, "tick", null);
        ExpectMsg("tick");
        ExpectMsg("tick");
        ExpectMsg("tick");
        cancelable.Cancel();
        // Ticks told before the cancel (or during it) reach the queue before the marker, which the same scheduler
        // thread tells later; a tick after the marker would mean the cancel did not stop the repetition.
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(30), TestActor, "marker", null);
        FishForMessage(m => m is "marker");
        ExpectNoMsg(TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public void Repeatedly_without_cancelable_stops_with_the_system()
    {
        Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TestActor, "tick", null);
        ExpectMsg("tick");
        ExpectMsg("tick");
    }

    [Fact]
    public void A_non_positive_interval_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.Zero, TimeSpan.Zero, TestActor, "tick", null));
    }

    [Fact]
    public void A_tell_without_a_receiver_or_a_message_is_refused_when_scheduled_not_when_due()
    {
        Assert.Throws<ArgumentNullException>(() => Sys.Scheduler.ScheduleTellOnce(TimeSpan.Zero, null!, "tick", null));
        Assert.Throws<ArgumentNullException>(() => Sys.Scheduler.ScheduleTellOnce(TimeSpan.Zero, TestActor, null!, null));
    }

    [Fact]
    public void Advanced_actions_run_and_a_failing_one_is_logged_without_stopping_the_scheduler()
    {
        EventFilter.Exception<InvalidOperationException>().ExpectOne(() =>
            Sys.Scheduler.Advanced.ScheduleOnce(TimeSpan.FromMilliseconds(10), () => throw new InvalidOperationException("bad action")));
        Sys.Scheduler.Advanced.ScheduleOnce(TimeSpan.FromMilliseconds(10), () => TestActor.Tell("ran", ActorRefs.NoSender));
        ExpectMsg("ran");
    }
}
