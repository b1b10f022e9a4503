using ActorChat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Protocol;

/// <summary>
/// Parsing one line. A MSG keeps what the command must carry: the command, its recipient array, the recipient name
/// and the text (32 + 32 + 32 + 104 bytes here); a LIST is a shared instance and allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class CommandParsingBenchmarks
{
    private readonly byte[] _msg = ProtocolBenchmarkData.MsgLineBytes;
    private readonly byte[] _list = "list"u8.ToArray();
    private readonly byte[] _unknown = "FOO bar"u8.ToArray();

    [Benchmark]
    public Command? Parse_MSG() => CommandParser.Parse(_msg).Command;

    [Benchmark]
    public Command? Parse_LIST() => CommandParser.Parse(_list).Command;

    [Benchmark]
    public ErrEvent? Parse_unknown_verb() => CommandParser.Parse(_unknown).Error;
}
