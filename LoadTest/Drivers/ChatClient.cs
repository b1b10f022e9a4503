using System.Net;
using System.Text;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// One simulated chat user as the scenarios see it: log in, join the fan-out group, queue messages and flush them,
/// leave. Messages, errors and the end of the connection are reported to the scenario's <see cref="ClientEvents"/>.
/// A client is driven by one sender at a time; its events arrive on its own read loop.
/// </summary>
public abstract class ChatClient
{
    /// <summary>Creates a client that will log in as <paramref name="name"/>.</summary>
    protected ChatClient(int index, string name)
    {
        Index = index;
        Name = name;
        NameBytes = Encoding.ASCII.GetBytes(name);
    }

    /// <summary>The client's index in its scenario.</summary>
    public int Index { get; }

    /// <summary>The name it logs in with.</summary>
    public string Name { get; }

    /// <summary>The name as ASCII bytes, for writing lines.</summary>
    public byte[] NameBytes { get; }

    /// <summary>Whether the connection has ended.</summary>
    public abstract bool IsClosed { get; }

    /// <summary>Connects, logs in and waits for the server's welcome.</summary>
    /// <exception cref="Transport.ConnectException">The connection failed (the message names OS limits).</exception>
    /// <exception cref="LoginException">The server refused the login or closed the connection.</exception>
    public abstract Task LoginAsync(EndPoint endPoint, CancellationToken cancellationToken);

    /// <summary>Joins the fan-out channel when the protocol needs it, and waits until joined.</summary>
    public abstract Task JoinAsync(byte[] channel, CancellationToken cancellationToken);

    /// <summary>Queues a direct message to <paramref name="to"/>; it leaves at the next <see cref="FlushAsync"/>.</summary>
    public abstract void QueueDirect(ChatClient to, Payload payload);

    /// <summary>Queues a fan-out message; it leaves at the next <see cref="FlushAsync"/>.</summary>
    public abstract void QueueFanout(byte[] channel, Payload payload);

    /// <summary>
    /// Hands everything queued to the connection. With <paramref name="waitForRoom"/>, also waits while a lot is still
    /// unsent, so a sender goes as fast as the socket takes its lines and no faster.
    /// </summary>
    public abstract ValueTask FlushAsync(bool waitForRoom);

    /// <summary>Says goodbye and waits until the server has closed the connection; the close is reported as expected.</summary>
    public abstract Task QuitAsync(CancellationToken cancellationToken);

    /// <summary>Closes without a goodbye; the close is reported as expected.</summary>
    public abstract ValueTask CloseAsync();
}
