using System.Buffers;
using ActorChat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Protocol;

/// <summary>
/// Formatting a MSG event: straight into a connection's buffer writer (no allocation), or encoded once into a
/// shareable array for a broadcast (the array is the only allocation).
/// </summary>
[MemoryDiagnoser]
public class EventFormattingBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private readonly MsgEvent _msg = new("alice", "hello there, how is the weather today?");
    private readonly OfflineEvent _offline = new(DateTime.UtcNow, "alice", "hello there, how is the weather today?");

    [Benchmark]
    public int Write_MSG_event()
    {
        if (_output.FreeCapacity < 1024)
        {
            _output.ResetWrittenCount();
        }

        _msg.WriteTo(_output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public int Write_OFFLINE_event()
    {
        if (_output.FreeCapacity < 1024)
        {
            _output.ResetWrittenCount();
        }

        _offline.WriteTo(_output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public byte[] Encode_MSG_event_once_for_fan_out() => _msg.EncodeLine();
}
