using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// What each command does, before login and after. Lines reach here in arrival order, once nothing holds them (see
// FromClient); a MSG or BROADCAST hands its read-loop credit on to the registry (see RoutedByRegistry).
internal sealed partial class ConnectionActor
{
    private void OnCommandBeforeLogin(Command command)
    {
        switch (command)
        {
            case HelloCommand hello:
                _state = SessionState.AwaitingLogin;
                _claiming = hello.Name;
                Registry.Tell(new Login(hello.Name));
                break;
            case QuitCommand:
                Leave(LeaveReason.Quit, Lines.Bye);
                break;
            case PingCommand ping:
                Answer(ping.Token is null ? Lines.Pong : Lines.PongWith(ping.Token));
                break;
            case PongCommand:
                // The answer to the server's PING: its arrival already counted as activity.
                break;
            default:
                Answer(Lines.NotLoggedIn);
                break;
        }
    }

    private void OnCommand(Command command)
    {
        switch (command)
        {
            case MsgCommand msg:
                AskRegistry(DirectMessage.Create(_name!, msg, _connection));
                break;
            case BroadcastCommand broadcast:
                // Never answered, so it needs no place in the answer order.
                Registry.Tell(new Delivery(_name!, Lines.Broadcast(_name!, broadcast.Text), _connection));
                break;
            case ListCommand:
                AskRegistry(new Who(IncludeSelf: true));
                break;
            case WhoElseCommand:
                AskRegistry(new Who(IncludeSelf: false));
                break;
            case PingCommand ping:
                Answer(ping.Token is null ? Lines.Pong : Lines.PongWith(ping.Token));
                break;
            case HelpCommand:
                Answer(Lines.Help);
                break;
            case HelloCommand:
                Answer(Lines.AlreadyLoggedIn);
                break;
            case QuitCommand:
                Quit();
                break;
            case PongCommand:
                break;
            case WhoLastCommand whoLast:
                AskRegistry(new WhoLast(whoLast.Minutes));
                break;
            case InboxCommand inbox:
                Inbox(inbox.Count);
                break;
            case BlockCommand block:
                SetBlocked(block.Name, block: true);
                break;
            case UnblockCommand unblock:
                SetBlocked(unblock.Name, block: false);
                break;
            case PairCommand pair:
                Pair(pair.Name);
                break;
            case SayCommand say:
                Say(say.Text);
                break;
            case UnpairCommand:
                Unpair();
                break;
            default:
                Answer(Lines.Err(ErrorCodes.UnknownCommand, CommandHelp.Name(command.Verb)));
                break;
        }
    }
}
