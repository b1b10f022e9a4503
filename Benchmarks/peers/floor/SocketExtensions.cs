using System.Net.Sockets;

namespace ActorChat.Floor;

/// <summary>How a floor gives up on a client it cannot send to.</summary>
internal static class SocketExtensions
{
    /// <summary>Ends the connection from the sending side; its read loop then sees the end and forgets it.</summary>
    public static void Drop(this Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }
}
