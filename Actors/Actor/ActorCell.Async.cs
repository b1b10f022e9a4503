using System.Runtime.ExceptionServices;

namespace ActorChat.Actors;

internal sealed partial class ActorCell
{
    private bool _awaitingTask;
    private Envelope _taskEnvelope;

    /// <summary>
    /// Runs an async handler with the actor's synchronization context. If its task is not done yet, user messages
    /// wait (the mailbox suspends) and every continuation comes back as a system message, so the actor still handles
    /// one thing at a time; a faulted task fails the actor as a thrown exception would.
    /// </summary>
    public void RunTask(Func<Task> action)
    {
        var instance = _actor!;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new ActorSynchronizationContext(this, instance));
        Task task;
        try
        {
            task = action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        if (task.IsCompleted)
        {
            RethrowIfFailed(task);
            return;
        }
        _awaitingTask = true;
        _taskEnvelope = _current;
        UpdateSuspended();
        task.ContinueWith(
            static (t, state) =>
            {
                var (cell, actor) = ((ActorCell, ActorBase))state!;
                cell.SendSystemMessage(new TaskCompleted(t, actor));
            },
            (this, instance),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void RunContinuation(TaskContinuation continuation)
    {
        if (!ReferenceEquals(continuation.Instance, _actor)) return;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new ActorSynchronizationContext(this, continuation.Instance));
        _current = _taskEnvelope;
        try
        {
            continuation.Callback(continuation.State);
        }
        finally
        {
            _current = default;
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void OnTaskCompleted(TaskCompleted completed)
    {
        if (!ReferenceEquals(completed.Instance, _actor) || !_awaitingTask) return;
        _awaitingTask = false;
        UpdateSuspended();
        _current = _taskEnvelope;
        _taskEnvelope = default;
        try
        {
            RethrowIfFailed(completed.Task);
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            _current = default;
        }
    }

    private static void RethrowIfFailed(Task task)
    {
        if (task.IsFaulted) ExceptionDispatchInfo.Throw(task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception);
        if (task.IsCanceled) throw new TaskCanceledException(task);
    }
}
