using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Session;

/// <summary>Connects and logs in, within the connect timeout for each step, and says in words what went wrong.</summary>
internal sealed class SessionConnector
{
    private readonly ClientOptions _options;

    /// <summary>A connector to the server of <paramref name="options"/>.</summary>
    public SessionConnector(ClientOptions options) => _options = options;

    /// <summary>One attempt: a logged-in connection, or why there is none.</summary>
    public async Task<ConnectAttempt> ConnectAsync(string name, CancellationToken cancellationToken)
    {
        ChatConnection connection;
        try
        {
            connection = await ChatConnection.ConnectAsync(_options.Host, _options.Port,
                new ChatConnectionOptions { ConnectTimeout = _options.ConnectTimeout }, cancellationToken).ConfigureAwait(false);
        }
        catch (ChatConnectException e)
        {
            return new ConnectAttempt(null, null, e.Message);
        }

        LoginResult login;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.ConnectTimeout);
            try
            {
                login = await connection.LoginAsync(name, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return new ConnectAttempt(null, null,
                    $"cannot log in to {connection.Remote}: no answer within {_options.ConnectTimeout.TotalSeconds:0.###} s");
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        if (login.IsSuccess) return new ConnectAttempt(connection, login, null);

        await connection.DisposeAsync().ConfigureAwait(false);
        var error = login.Error is { } err
            ? $"{ErrorDescription.Problem(err)} ({ErrorDescription.Hint(err) ?? err.Code})"
            : $"cannot log in to {connection.Remote}: the server closed the connection";
        return new ConnectAttempt(null, login, error);
    }
}

/// <summary>The outcome of <see cref="SessionConnector.ConnectAsync"/>.</summary>
/// <param name="Connection">The logged-in connection, on success.</param>
/// <param name="Login">The answer to <c>HELLO</c>, when there was one.</param>
/// <param name="Error">Why it failed, in words, on failure.</param>
internal sealed record ConnectAttempt(ChatConnection? Connection, LoginResult? Login, string? Error);
