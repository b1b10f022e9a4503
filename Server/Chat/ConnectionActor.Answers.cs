using ActorChat.Actors;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// Answers in the order of the lines that caused them. The registry answers in order; the connection's own answers go
// round it (Echo) while registry answers are outstanding; answers that wait for the disk or another connection are
// promised in line (Owed) and every answer after one is held until it is filled. Events (MSG, SAY, ...) are not held.
internal sealed partial class ConnectionActor
{
    private Queue<OwedSlot>? _owed;

    private void Quit()
    {
        _quitting = true;
        if (_answeredUpTo == _registryRequests)
        {
            QuitAfterAnswers(Lines.Bye);
            return;
        }
        // BYE must follow the answers the registry still owes: send it round, leave when it is back.
        Answer(Lines.Bye);
    }

    private void OnEcho(Echo echo)
    {
        _answeredUpTo = echo.Sequence;
        if (_quitting && _answeredUpTo == _registryRequests) QuitAfterAnswers(echo.Line);
        else WriteAnswer(echo.Line);
    }

    private void AskRegistry(object request)
    {
        _registryRequests++;
        Registry.Tell(request);
    }

    /// <summary>An answer of this actor's own, kept in order behind answers the registry still owes.</summary>
    private void Answer(ReadOnlyMemory<byte> line)
    {
        if (_answeredUpTo == _registryRequests)
        {
            WriteAnswer(line);
            return;
        }
        _registryRequests++;
        Registry.Tell(new Echo(line, _registryRequests));
    }

    /// <summary>Writes an answer, or holds it behind answers still owed.</summary>
    private void WriteAnswer(ReadOnlyMemory<byte> line, bool batch = false)
    {
        if (_owed is null) Write(line, batch);
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
