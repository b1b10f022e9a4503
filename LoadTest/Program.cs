using System.Net;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Hosting;
using ActorChat.LoadTest.Options;
using ActorChat.LoadTest.Reporting;
using ActorChat.LoadTest.Scenarios;

namespace ActorChat.LoadTest;

/// <summary>The harness's entry point: options, optional spawned server, the scenarios, the report, the exit status.</summary>
public static class Program
{
    /// <summary>Exit status: every scenario passed.</summary>
    public const int Passed = 0;

    /// <summary>Exit status: loss, a protocol error, a timeout, or an unsupported scenario.</summary>
    public const int Failed = 1;

    /// <summary>Exit status: the command line or config file could not be used.</summary>
    public const int BadUsage = 2;

    /// <summary>Runs the scenarios named on the command line (comma-separated) and returns the exit status.</summary>
    public static async Task<int> Main(string[] args)
    {
        InlineSocketCompletions.Enable();
        LoadTestOptions options;
        try { options = OptionsReader.Read(args); }
        catch (OptionsException e)
        {
            Console.Error.WriteLine(e.Message);
            return BadUsage;
        }

        SpawnedServer? server = null;
        try
        {
            if (options.Driver == ClientDriverKind.Library && options.Protocol == ChatProtocolKind.Irc)
                throw new OptionsException("--driver library is ActorChat's connection library; it cannot speak IRC");
            if (options.Spawn)
            {
                if (options.Protocol != ChatProtocolKind.ActorChat) throw new OptionsException("--spawn starts ActorChat's server; it needs --protocol actorchat");
                server = await SpawnedServer.StartAsync(options.ServerDll, options.ServerSettings, CancellationToken.None);
                Console.Error.WriteLine($"spawned ActorChat server pid {server.ProcessId} on {server.EndPoint}");
            }
            EndPoint endPoint = server?.EndPoint ?? await ResolveAsync(options.Host, options.Port);
            int? pid = server?.ProcessId ?? (options.ServerPid > 0 ? options.ServerPid : null);
            IChatProtocol protocol = options.Protocol == ChatProtocolKind.Irc ? new IrcProtocol() : new ActorChatProtocol();

            bool allPassed = true;
            foreach (string scenario in options.Scenario.Split(','))
            {
                var result = await ScenarioRunner.RunAsync(scenario, options, endPoint, protocol, pid);
                Console.Out.Write(options.Json ? ReportWriter.ToJson(result) + Environment.NewLine : ReportWriter.ToTable(result));
                Console.Out.Flush();
                allPassed &= result.Passed;
                if (server is { HasExited: true }) throw new InvalidOperationException("the spawned server died:" + Environment.NewLine + server.RecentLog);
            }
            return allPassed ? Passed : Failed;
        }
        catch (OptionsException e)
        {
            Console.Error.WriteLine(e.Message);
            return BadUsage;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return Failed;
        }
        finally
        {
            if (server is not null) await server.DisposeAsync();
        }
    }

    private static async Task<EndPoint> ResolveAsync(string host, int port)
    {
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        var addresses = await Dns.GetHostAddressesAsync(host);
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"cannot resolve {host}");
        return new IPEndPoint(chosen, port);
    }
}
