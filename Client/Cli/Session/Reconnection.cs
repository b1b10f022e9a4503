using System.Threading.Channels;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Session;

/// <summary>
/// Connects and logs in again after a lost connection, waiting between attempts (doubling up to a maximum). It runs
/// off the session loop, so keys (Ctrl+C) still work while it waits, and reports only through the loop's input
/// queue: <see cref="SessionInput.Notice"/>s, then <see cref="SessionInput.Reconnected"/> or an
/// <see cref="SessionInput.Exit"/> when it gives up.
/// </summary>
internal sealed class Reconnection
{
    private readonly ClientOptions _options;
    private readonly SessionConnector _connector;
    private readonly ChannelWriter<SessionInput> _inputs;

    /// <summary>A reconnection with the settings of <paramref name="options"/>, reporting to <paramref name="inputs"/>.</summary>
    public Reconnection(ClientOptions options, SessionConnector connector, ChannelWriter<SessionInput> inputs)
    {
        _options = options;
        _connector = connector;
        _inputs = inputs;
    }

    /// <summary>Tries until logged in as <paramref name="name"/>, out of attempts, or cancelled.</summary>
    public async Task RunAsync(string name, CancellationToken cancellationToken)
    {
        var delay = _options.ReconnectInitialDelay;
        try
        {
            for (var attempt = 1; _options.ReconnectMaxAttempts == 0 || attempt <= _options.ReconnectMaxAttempts; attempt++)
            {
                Post(EventFormatter.Info($"reconnecting in {delay.TotalSeconds:0.#} s (attempt {attempt})"), isProblem: false);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                var result = await _connector.ConnectAsync(name, cancellationToken).ConfigureAwait(false);
                if (result.Connection is { } connection)
                {
                    _inputs.TryWrite(new SessionInput.Reconnected(connection, result.Login!));
                    return;
                }
                Post(EventFormatter.Error(result.Error ?? "cannot log in", null), isProblem: true);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectMaxDelay.Ticks));
            }
            Post(EventFormatter.Error("gave up reconnecting", "start the client again later"), isProblem: true);
            _inputs.TryWrite(new SessionInput.Exit(ExitCodes.ConnectionLost));
        }
        catch (OperationCanceledException)
        {
            // The person left while waiting.
        }
    }

    private void Post(StyledLine line, bool isProblem) => _inputs.TryWrite(new SessionInput.Notice(line, isProblem));
}
