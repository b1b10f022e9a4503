namespace ActorChat.Server.Storage.Sqlite;

/// <summary>A write waiting for the writer thread: executed inside a batch, completed after the batch commits.</summary>
internal interface IWriteRequest
{
    /// <summary>Runs the write inside the open transaction; a throw rolls the batch back.</summary>
    void Execute(WriterCommands commands);

    /// <summary>The batch committed: releases whoever awaits the write.</summary>
    void Complete();

    /// <summary>The write did not commit.</summary>
    void Fail(Exception exception);
}
