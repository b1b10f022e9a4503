using System.Diagnostics;
using System.Threading.Channels;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>The built console client (<c>dotnet ActorChat.Client.dll</c>) as a child process with piped standard streams.</summary>
internal sealed class ClientProcess : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly Channel<string> _output = Channel.CreateUnbounded<string>();
    private readonly List<string> _outputSeen = [];
    private readonly List<string> _errors = [];
    private readonly Task _readingOutput;
    private readonly Task _readingErrors;

    private ClientProcess(Process process)
    {
        _process = process;
        _readingOutput = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line) _output.Writer.TryWrite(line);
            _output.Writer.TryComplete();
        });
        _readingErrors = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line) lock (_errors) _errors.Add(line);
        });
    }

    public static ClientProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ActorChat.Client.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("NO_COLOR");
        return new ClientProcess(Process.Start(info)!);
    }

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for an output line containing <paramref name="text"/>; returns it.</summary>
    public async Task<string> WaitForOutputAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await foreach (var line in _output.Reader.ReadAllAsync(timeout.Token))
            {
                _outputSeen.Add(line);
                if (line.Contains(text, StringComparison.Ordinal)) return line;
            }
        }
        catch (OperationCanceledException)
        {
        }
        throw new Xunit.Sdk.XunitException($"no output line with '{text}'; output so far:\n{string.Join("\n", _outputSeen)}\nerrors:\n{Errors}");
    }

    /// <summary>Waits for the exit; returns the status.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Timeout);
        await Task.WhenAll(_readingOutput, _readingErrors).WaitAsync(Timeout);
        return _process.ExitCode;
    }

    /// <summary>All of standard output, once the process has exited.</summary>
    public async Task<string> AllOutputAsync()
    {
        await WaitForExitAsync();
        await foreach (var line in _output.Reader.ReadAllAsync()) _outputSeen.Add(line);
        return string.Join("\n", _outputSeen);
    }

    public string Errors
    {
        get { lock (_errors) return string.Join("\n", _errors); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
