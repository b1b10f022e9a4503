using System.Collections.Concurrent;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Read connections for concurrent readers: taken per read, returned after it, kept up to a small number so that a
/// burst of readers does not leave many connections open.
/// </summary>
internal sealed class ReaderPool : IDisposable
{
    private readonly ConcurrentBag<ReaderSession> _idle = [];
    private readonly string _connectionString;
    private readonly int _maxIdle;
    private volatile bool _disposed;

    public ReaderPool(string connectionString, int maxIdle)
    {
        _connectionString = connectionString;
        _maxIdle = maxIdle;
    }

    public ReaderSession Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var session) ? session : new ReaderSession(_connectionString);
    }

    public void Return(ReaderSession session)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            session.Dispose();
            return;
        }

        _idle.Add(session);
        if (_disposed)
        {
            // Dispose ran between the check and the Add: this session is the pool's last, so close it here.
            DisposeIdle();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        DisposeIdle();
    }

    private void DisposeIdle()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
