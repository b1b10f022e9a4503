using System.Text;
using ActorChat.Server.Storage;

namespace ActorChat.Tests.Server.Storage;

/// <summary>The store's UTF-8 history append, called with a string as the tests write their texts.</summary>
internal static class ChatStoreTextExtensions
{
    public static bool TryAppendHistory(
        this IChatStore store, string from, string to, DateTimeOffset sentAt, string text, out long id) =>
        store.TryAppendHistory(from, to, sentAt, Encoding.UTF8.GetBytes(text), out id);
}
