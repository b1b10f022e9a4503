using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Output;

/// <summary>What an <c>ERR</c> line means for the person, and what they can do about it.</summary>
internal static class ErrorDescription
{
    /// <summary>The problem, in words.</summary>
    public static string Problem(ErrEvent e) => e.Code switch
    {
        ErrorCodes.NoSuchUser => $"nobody called {e.Detail} has ever logged in",
        ErrorCodes.NotOnline => $"{e.Detail} is not online",
        ErrorCodes.Busy => $"{e.Detail} is paired with someone else",
        ErrorCodes.AlreadyPaired => $"you are paired with {e.Detail} already",
        ErrorCodes.NotPaired => "you are not paired with anyone",
        ErrorCodes.MissingRecipient => "the message has no recipient",
        ErrorCodes.MissingText => "the message is empty",
        ErrorCodes.BadArgument => "the server refused the arguments" + (e.Detail is null ? "" : ": " + e.Detail),
        ErrorCodes.UnknownCommand => $"the server does not know {e.Detail ?? "that command"}",
        ErrorCodes.RateLimited => "too fast: the server dropped a line",
        ErrorCodes.LineTooLong => "a line was too long for the server and was dropped",
        ErrorCodes.BadEncoding => "a line was not valid UTF-8 and was dropped",
        ErrorCodes.NotLoggedIn => "not logged in yet",
        ErrorCodes.AlreadyLoggedIn => "already logged in",
        ErrorCodes.NameTaken => $"the name {e.Detail} is taken",
        ErrorCodes.NameInvalid => $"the server refused the name {e.Detail}",
        ErrorCodes.NameEmpty => "a name is needed",
        ErrorCodes.ServerFull => "the server is full",
        _ => $"error {e.Code}" + (e.Detail is null ? "" : ": " + e.Detail),
    };

    /// <summary>What to do, or null when there is nothing useful to say.</summary>
    public static string? Hint(ErrEvent e) => e.Code switch
    {
        ErrorCodes.NoSuchUser => "check the spelling; /wholast 1440 shows who was here today",
        ErrorCodes.NotOnline => "/list shows who is; /msg still reaches them later",
        ErrorCodes.Busy => $"try later, or /msg {e.Detail} TEXT",
        ErrorCodes.AlreadyPaired => "/unpair first",
        ErrorCodes.NotPaired => "/pair NAME to pair, /msg NAME TEXT for a direct message",
        ErrorCodes.BadArgument or ErrorCodes.UnknownCommand => "/help lists the commands",
        ErrorCodes.RateLimited => "slow down",
        ErrorCodes.LineTooLong => "send it in parts",
        ErrorCodes.NameTaken => "pick another name",
        ErrorCodes.NameInvalid => "letters, digits, _ - and ., at most 32, starting with a letter or digit",
        ErrorCodes.ServerFull => "try again later",
        _ => null,
    };
}
