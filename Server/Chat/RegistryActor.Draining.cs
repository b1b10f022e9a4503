using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// Between a connection's Leaving and its Drained, its mailbox may still hold direct messages routed to it while it
// was online; it stores them. Messages for the name that reach the registry meanwhile are held and stored after
// those, and a new login of the name waits too, so the name's offline messages keep their order and its next login
// fetches every one of them.
internal sealed partial class RegistryActor
{
    private readonly Dictionary<string, Draining> _draining = new(ChatName.Comparer);

    private void StartDraining(string name, IActorRef connection)
    {
        if (_storage is not null) _draining[name] = new Draining(connection);
    }

    /// <summary>Stores a direct message for an offline name now, or once the name's old connection has drained.</summary>
    private Task StoreOffline(DirectMessage message, string to)
    {
        if (_draining.TryGetValue(to, out var draining))
        {
            var held = new HeldMessage(message, to, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            draining.Messages.Add(held);
            return held.Stored.Task;
        }
        return _storage!.Store.AppendMessageAsync(message.From, to, message.SentAt, message.Text, delivered: false);
    }

    private bool HoldWhileDraining(Login login, IActorRef sender)
    {
        if (!_draining.TryGetValue(login.Name, out var draining)) return false;
        draining.Logins.Add((login, sender));
        return true;
    }

    private void OnDrained(Drained drained) => FinishDraining(Sender);

    /// <summary>The old connection stored what it held (or died): store the held messages, then run held logins.</summary>
    private void FinishDraining(IActorRef connection)
    {
        string? name = null;
        foreach (var (n, d) in _draining)
        {
            if (!d.Connection.Equals(connection)) continue;
            name = n;
            break;
        }
        if (name is null || !_draining.Remove(name, out var draining)) return;
        foreach (var held in draining.Messages)
        {
            var m = held.Message;
            var stored = held.Stored;
            _storage!.Store.AppendMessageAsync(m.From, held.To, m.SentAt, m.Text, delivered: false).ContinueWith(
                t =>
                {
                    if (t.IsCompletedSuccessfully) stored.TrySetResult();
                    else stored.TrySetException(t.Exception?.GetBaseException() ?? new TaskCanceledException());
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        foreach (var (login, sender) in draining.Logins) OnLogin(login, sender);
    }

    private sealed record HeldMessage(DirectMessage Message, string To, TaskCompletionSource Stored);

    private sealed class Draining(IActorRef connection)
    {
        public IActorRef Connection { get; } = connection;

        public List<HeldMessage> Messages { get; } = [];

        public List<(Login Login, IActorRef Sender)> Logins { get; } = [];
    }
}
