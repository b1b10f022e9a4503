using System.Buffers;
using System.Text;
using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class HistoryPayloadTests
{
    [Fact]
    public void A_built_chunk_decodes_to_its_messages_in_order_with_its_counts()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("ann", "ann"u8);
        var text = new string('é', 300);
        Add(builder, new HistoryRow(7, "ann", "bob", 1_000, Encoding.UTF8.GetBytes("one")), sentByName: true);
        Add(builder, new HistoryRow(900_000_000_000, "bob", "ann", -5, Encoding.UTF8.GetBytes(text)), sentByName: false);

        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(builder.Payload, decoded);

        Assert.Equal(
            [
                new StoredMessage(7, "ann", "bob", DateTimeOffset.FromUnixTimeMilliseconds(1_000), "one", true),
                new StoredMessage(900_000_000_000, "bob", "ann", DateTimeOffset.FromUnixTimeMilliseconds(-5), text, true),
            ],
            decoded);
        Assert.Equal((7L, 900_000_000_000L, 1_000L, 2, 1), (builder.FirstId, builder.LastId, builder.NewestSentAtMs, builder.Count, builder.Sent));
        HashSet<long> wanted = [900_000_000_000, 8];
        var found = new List<StoredMessage>();
        HistoryPayload.Collect(builder.Payload, wanted, found);
        Assert.Equal(text, Assert.Single(found).Text);
        Assert.Equal([8L], wanted);
    }

    [Fact]
    public void Decoding_can_pass_over_the_oldest_messages()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("a", "a"u8);
        for (var i = 1; i <= 5; i++)
        {
            Add(builder, new HistoryRow(i * 10, "a", "b", i, Encoding.UTF8.GetBytes($"m{i}")), sentByName: true);
        }

        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(builder.Payload, decoded, skip: 3);
        Assert.Equal([(40L, "m4"), (50L, "m5")], decoded.Select(m => (m.Id, m.Text)));
        Assert.Equal(5, decoded[^1].SentAt.ToUnixTimeMilliseconds());

        decoded.Clear();
        HistoryPayload.Decode(builder.Payload, decoded, skip: 9);
        Assert.Empty(decoded);
    }

    [Fact]
    public void A_reused_builder_starts_empty()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("a", "a"u8);
        Add(builder, new HistoryRow(1, "a", "b", 1, Encoding.UTF8.GetBytes("first commit")), sentByName: true);
        builder.Start("c", "c"u8);
        Add(builder, new HistoryRow(5, "d", "c", 2, Encoding.UTF8.GetBytes("second commit")), sentByName: false);

        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(builder.Payload, decoded);
        Assert.Equal("second commit", Assert.Single(decoded).Text);
        Assert.Equal((5L, 5L, 1, 0), (builder.FirstId, builder.LastId, builder.Count, builder.Sent));
    }

    [Fact]
    public void A_chunk_spells_its_name_once_and_keeps_each_other_spelling_of_it()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("Ann", "Ann"u8);
        for (var i = 1; i <= 10; i++)
        {
            var sent = i % 2 == 0;
            var text = Encoding.UTF8.GetBytes($"m{i}");
            Add(builder, new HistoryRow(i, sent ? "Ann" : "bob", sent ? "bob" : "Ann", i, text), sent);
        }

        Add(builder, new HistoryRow(11, "BOB", "ann", 11, "received"u8.ToArray()), sentByName: false);
        Add(builder, new HistoryRow(12, "aNN", "ANN", 12, "to myself"u8.ToArray()), sentByName: true);

        var payload = builder.Payload.ToArray();
        Assert.Equal(1, Occurrences(payload, "Ann"u8));
        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(payload, decoded, skip: 9);
        Assert.Equal(
            [("Ann", "bob", "m10"), ("BOB", "ann", "received"), ("aNN", "ANN", "to myself")],
            decoded.Select(m => (m.From, m.To, m.Text)));
        HashSet<long> wanted = [12, 3];
        var found = new List<StoredMessage>();
        HistoryPayload.Collect(payload, wanted, found);
        Assert.Equal([(3L, "bob", "Ann"), (12L, "aNN", "ANN")], found.Select(m => (m.Id, m.From, m.To)));
    }

    [Fact]
    public void A_chunk_of_the_first_format_with_both_names_in_every_message_still_decodes()
    {
        // Format 1, as written before 2026-12-07: per message the id and time differences (the time zigzagged:
        // 1,000 is 2,000, -1,005 is 2,009, both two-byte varints), then sender, recipient and text.
        byte[] payload =
        [
            1,
            7, 0xD0, 0x0F, 3, .."ann"u8, 3, .."bob"u8, 3, .."one"u8,
            3, 0xD9, 0x0F, 3, .."bob"u8, 3, .."ann"u8, 0,
        ];

        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(payload, decoded);
        Assert.Equal(
            [
                new StoredMessage(7, "ann", "bob", DateTimeOffset.FromUnixTimeMilliseconds(1_000), "one", true),
                new StoredMessage(10, "bob", "ann", DateTimeOffset.FromUnixTimeMilliseconds(-5), "", true),
            ],
            decoded);
        decoded.Clear();
        HistoryPayload.Decode(payload, decoded, skip: 1);
        Assert.Equal(10, Assert.Single(decoded).Id);
        HashSet<long> wanted = [10];
        var found = new List<StoredMessage>();
        HistoryPayload.Collect(payload, wanted, found);
        Assert.Equal("bob", Assert.Single(found).From);
    }

    [Fact]
    public void A_truncated_or_unknown_payload_is_refused_with_InvalidDataException()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("a", "a"u8);
        Add(builder, new HistoryRow(1, "a", "b", 1, Encoding.UTF8.GetBytes("some text")), sentByName: true);
        var bytes = builder.Payload.ToArray();

        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode(bytes.AsSpan(0, bytes.Length - 3), []));
        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode([], []));
        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode(bytes.AsSpan(0, 2), []));
        bytes[0] = 99;
        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode(bytes, []));
    }

    private static int Occurrences(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> part)
    {
        var count = 0;
        for (int at; (at = bytes.IndexOf(part)) >= 0; bytes = bytes[(at + 1)..]) count++;
        return count;
    }

    private static void Add(HistoryChunkBuilder builder, HistoryRow row, bool sentByName) =>
        builder.Add(row, Encoding.UTF8.GetBytes(row.From), Encoding.UTF8.GetBytes(row.To), sentByName);
}
