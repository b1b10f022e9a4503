namespace ActorChat.Client;

/// <summary>How a <c>HELLO</c> went.</summary>
public enum LoginStatus
{
    /// <summary><c>HI</c>, <c>LIST</c> (and <c>ALONE</c>): logged in.</summary>
    LoggedIn,

    /// <summary><c>ERR name-empty</c>: no name given; another <c>HELLO</c> may follow on the same connection.</summary>
    NameEmpty,

    /// <summary><c>ERR name-invalid</c>: the name breaks the rules; another <c>HELLO</c> may follow.</summary>
    NameInvalid,

    /// <summary><c>ERR name-taken</c>: someone online has the name; the server closes the connection.</summary>
    NameTaken,

    /// <summary><c>ERR server-full</c>: the server closes the connection.</summary>
    ServerFull,

    /// <summary><c>ERR already-logged-in</c>: this connection is logged in already.</summary>
    AlreadyLoggedIn,

    /// <summary>Another <c>ERR</c> (see <see cref="LoginResult.Error"/>).</summary>
    Refused,

    /// <summary>The connection closed before an answer.</summary>
    Closed,
}
