using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>
/// Writes dead letters (and unhandled messages) at Info, at most <c>log-dead-letters-per-second</c> lines a second;
/// the ones over the limit are counted and reported in one line when the next second starts logging again.
/// </summary>
internal sealed class DeadLetterLog(ILogger logger, bool enabled, int perSecond)
{
    private readonly Lock _lock = new();
    private long _windowStart;
    private int _inWindow;
    private long _suppressed;
    private long _total;

    public void Log(object message, IActorRef sender, IActorRef recipient, string what)
    {
        var count = Interlocked.Increment(ref _total);
        if (!enabled || perSecond <= 0 || message is IDeadLetterSuppression || !logger.IsEnabled(LogLevel.Information)) return;
        long suppressed;
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            if (Stopwatch.GetElapsedTime(_windowStart, now) >= TimeSpan.FromSeconds(1))
            {
                _windowStart = now;
                _inWindow = 0;
            }
            if (_inWindow >= perSecond)
            {
                _suppressed++;
                return;
            }
            _inWindow++;
            suppressed = _suppressed;
            _suppressed = 0;
        }
        var scope = new ActorPathScope(recipient.Path);
        if (suppressed > 0)
            LoggerAdapter.Write(logger, scope, LogLevel.Information, null,
                "{Suppressed} dead letters were not logged (over {PerSecond} per second)", [suppressed, perSecond]);
        LoggerAdapter.Write(logger, scope, LogLevel.Information, null,
            "Message [{MessageType}] from {Sender} to {Recipient} was " + what + ". [{Count}] dead letters encountered.",
            [message.GetType().Name, sender.Path, recipient.Path, count]);
    }
}
