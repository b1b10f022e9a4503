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
        builder.Start("ann");
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
        builder.Start("a");
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
        builder.Start("a");
        Add(builder, new HistoryRow(1, "a", "b", 1, Encoding.UTF8.GetBytes("first commit")), sentByName: true);
        builder.Start("c");
        Add(builder, new HistoryRow(5, "d", "c", 2, Encoding.UTF8.GetBytes("second commit")), sentByName: false);

        var decoded = new List<StoredMessage>();
        HistoryPayload.Decode(builder.Payload, decoded);
        Assert.Equal("second commit", Assert.Single(decoded).Text);
        Assert.Equal((5L, 5L, 1, 0), (builder.FirstId, builder.LastId, builder.Count, builder.Sent));
    }

    [Fact]
    public void A_truncated_or_unknown_payload_is_refused_with_InvalidDataException()
    {
        var builder = new HistoryChunkBuilder(ArrayPool<byte>.Shared);
        builder.Start("a");
        Add(builder, new HistoryRow(1, "a", "b", 1, Encoding.UTF8.GetBytes("some text")), sentByName: true);
        var bytes = builder.Payload.ToArray();

        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode(bytes.AsSpan(0, bytes.Length - 3), []));
        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode([], []));
        bytes[0] = 99;
        Assert.Throws<InvalidDataException>(() => HistoryPayload.Decode(bytes, []));
    }

    private static void Add(HistoryChunkBuilder builder, HistoryRow row, bool sentByName) =>
        builder.Add(row, Encoding.UTF8.GetBytes(row.From), Encoding.UTF8.GetBytes(row.To), sentByName);
}
