using ActorChat.Protocol;

namespace ActorChat.Server.Chat.Messages;

/// <summary>A line that did not parse, with the <c>ERR</c> the parser gave for it.</summary>
/// <param name="Error">The answer once logged in.</param>
/// <param name="AnswerBeforeLogin">True for the verbs allowed before login (HELLO, QUIT, PING): their own error is
/// the answer then too; any other line gets <c>ERR not-logged-in</c> before login.</param>
internal sealed record RejectedLine(ErrEvent Error, bool AnswerBeforeLogin);
