using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Measurement;

public class DeliveryCheckerTests
{
    private static DeliveryChecker Direct(int clients, int messages) =>
        new(Enumerable.Repeat(messages, clients).ToArray(), clients, 1,
            (sender, sequence) => OpenLoopSchedule.RecipientFor(sender, sequence, clients));

    private static void DeliverAll(DeliveryChecker checker, int clients, int messages, Func<int, int, bool>? skip = null)
    {
        for (int s = 0; s < clients; s++)
            for (int q = 0; q < messages; q++)
                if (skip?.Invoke(s, q) != true)
                    checker.Record(OpenLoopSchedule.RecipientFor(s, q, clients), new Payload(s, q, 0));
    }

    [Fact]
    public void A_complete_in_order_run_is_clean_and_completes()
    {
        var checker = Direct(5, 20);
        DeliverAll(checker, 5, 20);
        var report = checker.Report();
        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(100, report.Expected);
        Assert.Equal(100, report.Delivered);
        Assert.True(checker.AllDelivered.IsCompleted);
    }

    [Fact]
    public void A_missing_message_is_lost()
    {
        var checker = Direct(5, 20);
        DeliverAll(checker, 5, 20, skip: (s, q) => s == 3 && q == 7);
        var report = checker.Report();
        Assert.Equal(1, report.Lost);
        Assert.False(report.IsClean);
        Assert.False(checker.AllDelivered.IsCompleted);
    }

    [Fact]
    public void A_message_delivered_twice_is_a_duplicate_even_if_the_count_adds_up()
    {
        var checker = Direct(3, 4);
        DeliverAll(checker, 3, 4, skip: (s, q) => s == 0 && q == 2);
        checker.Record(OpenLoopSchedule.RecipientFor(1, 3, 3), new Payload(1, 3, 0));
        var report = checker.Report();
        Assert.Equal(report.Expected, report.Delivered);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(1, report.Lost);
    }

    [Fact]
    public void An_older_message_after_a_newer_one_from_the_same_sender_is_reordered()
    {
        var checker = new DeliveryChecker([3], recipients: 2, copiesPerMessage: 1);
        checker.Record(1, new Payload(0, 0, 0));
        checker.Record(1, new Payload(0, 2, 0));
        checker.Record(1, new Payload(0, 1, 0));
        var report = checker.Report();
        Assert.Equal(1, report.Reordered);
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicates);
    }

    [Fact]
    public void Order_is_per_recipient_so_interleaving_across_recipients_is_fine()
    {
        var checker = new DeliveryChecker([4], recipients: 3, copiesPerMessage: 1);
        checker.Record(2, new Payload(0, 1, 0));
        checker.Record(1, new Payload(0, 0, 0));
        checker.Record(2, new Payload(0, 3, 0));
        checker.Record(1, new Payload(0, 2, 0));
        Assert.True(checker.Report().IsClean);
    }

    [Fact]
    public void A_direct_message_at_the_wrong_client_is_misrouted()
    {
        var checker = Direct(4, 1);
        checker.Record(recipient: 0, new Payload(0, 0, 0));
        Assert.Equal(1, checker.Report().Misrouted);
    }

    [Fact]
    public void A_payload_the_run_never_sent_is_unknown()
    {
        var checker = Direct(4, 10);
        checker.Record(1, new Payload(9, 0, 0));
        checker.Record(1, new Payload(0, 10, 0));
        Assert.Equal(2, checker.Report().Unknown);
    }

    [Fact]
    public void Fanout_expects_one_copy_per_other_member_and_counts_a_repeat_to_one_member()
    {
        const int members = 4;
        var checker = new DeliveryChecker([2, 2], members, copiesPerMessage: members - 1);
        for (int sender = 0; sender < 2; sender++)
            for (int q = 0; q < 2; q++)
                for (int r = 0; r < members; r++)
                    if (r != sender) checker.Record(r, new Payload(sender, q, 0));
        Assert.True(checker.Report().IsClean);
        Assert.True(checker.AllDelivered.IsCompleted);

        var repeated = new DeliveryChecker([1], members, copiesPerMessage: members - 1);
        repeated.Record(1, new Payload(0, 0, 0));
        repeated.Record(1, new Payload(0, 0, 0));
        repeated.Record(2, new Payload(0, 0, 0));
        var report = repeated.Report();
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(0, report.Lost); // three copies arrived; the repeat hides the missing one from the count
    }

    [Fact]
    public void Concurrent_recipients_are_counted_exactly()
    {
        const int clients = 8, messages = 2000;
        var checker = Direct(clients, messages);
        var threads = Enumerable.Range(0, clients).Select(recipient => new Thread(() =>
        {
            for (int q = 0; q < messages; q++)
                for (int s = 0; s < clients; s++)
                    if (OpenLoopSchedule.RecipientFor(s, q, clients) == recipient) checker.Record(recipient, new Payload(s, q, 0));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var report = checker.Report();
        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(clients * messages, report.Delivered);
    }

    [Fact]
    public void Many_clients_use_the_sparse_order_table_and_still_catch_every_fault()
    {
        // 5,000 × 5,000 pairs is past the dense table's limit.
        const int clients = 5000, messages = 3;
        var checker = Direct(clients, messages);
        DeliverAll(checker, clients, messages, skip: (s, q) => s == 4321 && q == 1);
        int to = OpenLoopSchedule.RecipientFor(7, 2, clients);
        checker.Record(to, new Payload(7, 2, 0));
        var report = checker.Report();
        Assert.Equal(1, report.Lost);
        Assert.Equal(1, report.Duplicates);

        var reorder = new DeliveryChecker(Enumerable.Repeat(2, clients).ToArray(), clients, 1);
        reorder.Record(9, new Payload(4999, 1, 0));
        reorder.Record(9, new Payload(4999, 0, 0));
        Assert.Equal(1, reorder.Report().Reordered);
    }
}
