using ActorChat.Protocol;

namespace ActorChat.Client;

/// <summary>The answer to <see cref="ChatConnection.LoginAsync"/>.</summary>
public sealed class LoginResult
{
    internal LoginResult(LoginStatus status, string? name, IReadOnlyList<string> online, bool alone, ErrEvent? error)
    {
        Status = status;
        Name = name;
        Online = online;
        Alone = alone;
        Error = error;
    }

    /// <summary>How it went.</summary>
    public LoginStatus Status { get; }

    /// <summary>True when logged in.</summary>
    public bool IsSuccess => Status == LoginStatus.LoggedIn;

    /// <summary>True when another <c>HELLO</c> may be sent on the same connection (an empty or invalid name).</summary>
    public bool CanRetry => Status is LoginStatus.NameEmpty or LoginStatus.NameInvalid;

    /// <summary>The name as the server shows it (from <c>HI</c>), when logged in.</summary>
    public string? Name { get; }

    /// <summary>Everyone online at login, self included (from <c>LIST</c>); empty when not logged in.</summary>
    public IReadOnlyList<string> Online { get; }

    /// <summary>True when the server said <c>ALONE</c>: nobody else is online.</summary>
    public bool Alone { get; }

    /// <summary>The <c>ERR</c> line that refused the login, if one did.</summary>
    public ErrEvent? Error { get; }

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"LoggedIn({Name}, {Online.Count} online)" : $"{Status}({Error})";
}
