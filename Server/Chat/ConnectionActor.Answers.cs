using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// Answers in line order when some wait for the disk or another connection: the registry sends Owed in line with its
// other answers, and every answer after it is held until the owed one is filled. Events (MSG, SAY, ...) are not held.
internal sealed partial class ConnectionActor
{
    private Queue<OwedSlot>? _owed;

    /// <summary>Writes an answer, or holds it behind answers still owed.</summary>
    private void WriteAnswer(ReadOnlyMemory<byte> line)
    {
        if (_owed is null) Write(line);
        else _owed.Enqueue(new OwedSlot(0) { Line = line });
    }

    private void OnOwed(Owed owed) => (_owed ??= new Queue<OwedSlot>()).Enqueue(new OwedSlot(owed.Id));

    private void OnOwedAnswer(OwedAnswer answer) => Fill(answer.Id, answer.Lines);

    private void Fill(long id, ReadOnlyMemory<byte> lines)
    {
        if (_owed is null) return;
        foreach (var slot in _owed)
        {
            if (slot.Id != id || slot.Line is not null) continue;
            slot.Line = lines;
            break;
        }
        while (_owed.TryPeek(out var head) && head.Line is { } line)
        {
            _owed.Dequeue();
            if (head.Quit)
            {
                _owed = null;
                Leave(LeaveReason.Quit, line);
                return;
            }
            if (!line.IsEmpty) Write(line);
        }
        if (_owed.Count == 0) _owed = null;
    }

    /// <summary>Leaves with <paramref name="bye"/> once every answer owed before it is written.</summary>
    private void QuitAfterAnswers(ReadOnlyMemory<byte> bye)
    {
        if (_owed is null) Leave(LeaveReason.Quit, bye);
        else _owed.Enqueue(new OwedSlot(0) { Line = bye, Quit = true });
    }

    private sealed class OwedSlot(long id)
    {
        public long Id { get; } = id;

        public ReadOnlyMemory<byte>? Line { get; set; }

        public bool Quit { get; init; }
    }
}
