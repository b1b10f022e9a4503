namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// Checks that every message arrived as often as it should (once per intended recipient), no more, and that each
/// recipient saw each sender's messages in the order they were sent. Thread-safe as long as any one recipient's
/// deliveries are recorded by one thread at a time (a connection's read loop).
/// </summary>
public sealed class DeliveryChecker
{
    private readonly int _senders;
    private readonly int _recipients;
    private readonly int _maxPerSender;
    private readonly int[] _messagesPerSender;
    private readonly int[] _copies;
    // Last sequence seen per (recipient, sender): a flat array while that is small, else one map per recipient
    // (C = 10,000 direct clients would need 10^8 slots, of which only those pairs that exchange messages are used).
    private readonly int[]? _lastSequence;
    private readonly Dictionary<int, int>?[]? _lastSequenceSparse;
    private readonly Func<int, int, int>? _intendedRecipient;
    private readonly TaskCompletionSource _allDelivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _delivered;
    private long _duplicates;
    private long _reordered;
    private long _misrouted;
    private long _unknown;

    private const long DenseLimit = 16 * 1024 * 1024;

    /// <summary>Creates a checker.</summary>
    /// <param name="messagesPerSender">How many messages each sender sends (index = sender).</param>
    /// <param name="recipients">How many recipients there are (recipient indices 0 to recipients-1).</param>
    /// <param name="copiesPerMessage">How many recipients each message goes to (1 for direct, members-1 for fan-out).</param>
    /// <param name="intendedRecipient">For direct messages, (sender, sequence) → the one recipient it must reach.</param>
    public DeliveryChecker(int[] messagesPerSender, int recipients, int copiesPerMessage, Func<int, int, int>? intendedRecipient = null)
    {
        ArgumentNullException.ThrowIfNull(messagesPerSender);
        if (recipients < 1) throw new ArgumentOutOfRangeException(nameof(recipients));
        if (copiesPerMessage < 1) throw new ArgumentOutOfRangeException(nameof(copiesPerMessage));
        _senders = messagesPerSender.Length;
        _recipients = recipients;
        _messagesPerSender = (int[])messagesPerSender.Clone();
        _maxPerSender = _messagesPerSender.Length == 0 ? 0 : _messagesPerSender.Max();
        _copies = new int[checked(_senders * _maxPerSender)];
        if ((long)_senders * recipients <= DenseLimit)
        {
            _lastSequence = new int[_senders * recipients];
            Array.Fill(_lastSequence, -1);
        }
        else
        {
            _lastSequenceSparse = new Dictionary<int, int>?[recipients];
        }
        CopiesPerMessage = copiesPerMessage;
        _intendedRecipient = intendedRecipient;
        Expected = (long)_messagesPerSender.Sum(m => (long)m) * copiesPerMessage;
        if (Expected == 0) _allDelivered.SetResult();
    }

    /// <summary>How many recipients each message goes to.</summary>
    public int CopiesPerMessage { get; }

    /// <summary>Deliveries expected in total.</summary>
    public long Expected { get; }

    /// <summary>Deliveries recorded so far, duplicates included.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Completes when as many deliveries as expected have been recorded (which alone does not prove no loss).</summary>
    public Task AllDelivered => _allDelivered.Task;

    /// <summary>Records that <paramref name="recipient"/> received <paramref name="payload"/>.</summary>
    public void Record(int recipient, Payload payload)
    {
        int sender = payload.Sender, sequence = payload.Sequence;
        if (sender >= _senders || sequence >= _messagesPerSender[sender] || (uint)recipient >= (uint)_recipients)
        {
            Interlocked.Increment(ref _unknown);
            Count();
            return;
        }
        if (_intendedRecipient is not null && _intendedRecipient(sender, sequence) != recipient)
            Interlocked.Increment(ref _misrouted);

        int copies = Interlocked.Increment(ref _copies[sender * _maxPerSender + sequence]);
        int last = ExchangeLast(recipient, sender, sequence);
        if (copies > CopiesPerMessage || sequence == last) Interlocked.Increment(ref _duplicates);
        else if (sequence < last) Interlocked.Increment(ref _reordered);
        Count();
    }

    /// <summary>Returns the highest sequence seen so far from sender at recipient (-1 if none) and raises it to sequence.</summary>
    private int ExchangeLast(int recipient, int sender, int sequence)
    {
        if (_lastSequence is not null)
        {
            ref int slot = ref _lastSequence[recipient * _senders + sender];
            int previous = slot;
            if (sequence > previous) slot = sequence;
            return previous;
        }
        var map = _lastSequenceSparse![recipient] ??= new Dictionary<int, int>();
        int seen = map.TryGetValue(sender, out int value) ? value : -1;
        if (sequence > seen) map[sender] = sequence;
        return seen;
    }

    private void Count()
    {
        if (Interlocked.Increment(ref _delivered) == Expected) _allDelivered.TrySetResult();
    }

    /// <summary>What arrived, what did not, and what arrived wrongly, as of now.</summary>
    public DeliveryReport Report()
    {
        long lost = 0;
        for (int s = 0; s < _senders; s++)
            for (int q = 0; q < _messagesPerSender[s]; q++)
            {
                int got = Volatile.Read(ref _copies[s * _maxPerSender + q]);
                if (got < CopiesPerMessage) lost += CopiesPerMessage - got;
            }
        return new DeliveryReport(Expected, Delivered, lost, Interlocked.Read(ref _duplicates),
            Interlocked.Read(ref _reordered), Interlocked.Read(ref _misrouted), Interlocked.Read(ref _unknown));
    }
}
