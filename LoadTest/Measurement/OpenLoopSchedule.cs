namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// When each message of an open-loop run is due: an aggregate rate spread evenly over the clients, message n due at
/// n / rate seconds from the start and sent by client n mod clients, whether or not earlier messages have been
/// answered. Latency is measured from the due time, so a stalled server is charged for the messages it delayed
/// (no coordinated omission).
/// </summary>
public sealed class OpenLoopSchedule
{
    /// <summary>Creates the schedule for <paramref name="ratePerSecond"/> messages/s over <paramref name="clients"/> clients.</summary>
    /// <param name="ratePerSecond">Aggregate offered rate, messages per second.</param>
    /// <param name="durationSeconds">How long the run offers load.</param>
    /// <param name="clients">How many clients share the rate; at least 2 (a client never sends to itself).</param>
    public OpenLoopSchedule(long ratePerSecond, double durationSeconds, int clients)
    {
        if (ratePerSecond < 1) throw new ArgumentOutOfRangeException(nameof(ratePerSecond), ratePerSecond, "must be at least 1");
        if (durationSeconds <= 0) throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "must be positive");
        if (clients < 2) throw new ArgumentOutOfRangeException(nameof(clients), clients, "must be at least 2");
        RatePerSecond = ratePerSecond;
        Clients = clients;
        TotalMessages = checked((long)Math.Floor(ratePerSecond * durationSeconds));
        if (TotalMessages > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(durationSeconds), "rate × duration is too many messages");
    }

    /// <summary>Aggregate offered rate, messages per second.</summary>
    public long RatePerSecond { get; }

    /// <summary>Clients sharing the rate.</summary>
    public int Clients { get; }

    /// <summary>Messages in the whole run.</summary>
    public long TotalMessages { get; }

    /// <summary>When message <paramref name="n"/> is due, in <see cref="Clock"/> ticks from the start of the run.</summary>
    public long DueTicks(long n) => (long)((Int128)n * Clock.Frequency / RatePerSecond);

    /// <summary>The client that sends message <paramref name="n"/>.</summary>
    public int SenderOf(long n) => (int)(n % Clients);

    /// <summary>The sender's own sequence number of message <paramref name="n"/>.</summary>
    public int SequenceOf(long n) => (int)(n / Clients);

    /// <summary>
    /// The client that receives message <paramref name="n"/>: each sender cycles through every other client in turn,
    /// so load is spread evenly and nobody sends to itself.
    /// </summary>
    public int RecipientOf(long n) => RecipientFor(SenderOf(n), SequenceOf(n), Clients);

    /// <summary>How many messages client <paramref name="client"/> sends in the whole run.</summary>
    public int MessagesOf(int client) =>
        (int)(TotalMessages / Clients + (client < TotalMessages % Clients ? 1 : 0));

    /// <summary>The recipient of a sender's <paramref name="sequence"/>-th message when senders cycle through the others.</summary>
    public static int RecipientFor(int sender, int sequence, int clients) =>
        (sender + 1 + sequence % (clients - 1)) % clients;
}
