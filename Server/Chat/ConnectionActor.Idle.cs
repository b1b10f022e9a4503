using System.Diagnostics;
using ActorChat.Actors;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// The spec's keepalive: idle-timeout of silence gets PING <token>; ping-timeout more gets BYE idle. Silence is
// measured from the transport's last received bytes, so the timer is rescheduled only when it fires, not per line.
internal sealed partial class ConnectionActor
{
    private ICancelable? _idleTimer;
    private long _pingSentAt;
    private int _pings;

    private void OnIdleCheck()
    {
        if (_leaveReason is not null) return;
        var now = Stopwatch.GetTimestamp();
        var lastReceived = _connection.LastReceived;
        if (_pingSentAt != 0)
        {
            if (lastReceived <= _pingSentAt)
            {
                var waited = Stopwatch.GetElapsedTime(_pingSentAt, now);
                if (waited >= _settings.PingTimeout) Leave(LeaveReason.Idle, Lines.ByeIdle);
                else ScheduleIdleCheck(_settings.PingTimeout - waited);
                return;
            }
            _pingSentAt = 0;
        }
        var silence = Stopwatch.GetElapsedTime(lastReceived, now);
        if (silence < _settings.IdleTimeout)
        {
            ScheduleIdleCheck(_settings.IdleTimeout - silence);
            return;
        }
        _pingSentAt = now;
        Write(Lines.Ping((++_pings).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        ScheduleIdleCheck(_settings.PingTimeout);
    }

    private void ScheduleIdleCheck(TimeSpan delay) =>
        _idleTimer = Context.System.Scheduler.ScheduleTellOnceCancelable(delay, Self, IdleCheck.Instance, Self);
}
