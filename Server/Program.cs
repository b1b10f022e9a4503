using System.Net.Sockets;
using System.Runtime.InteropServices;
using ActorChat.Server;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;

// Exit statuses: 0 stopped by SIGTERM/SIGINT (or --help), 1 could not start (e.g. the port is taken), 2 bad options
// or settings. See docs/operations.md.

// Before the first socket, when the runtime reads its socket settings (docs/architecture.md, "Hot path").
ActorChat.Server.Transport.TransportOptions.SetRuntimeSocketDefaults();

ServerCommandLine commandLine;
ActorChat.Actors.Configuration.Config config;
LogSettings logSettings;
try
{
    commandLine = ServerCommandLine.Parse(args);
    if (commandLine.ShowHelp)
    {
        Console.WriteLine(ServerCommandLine.Usage);
        return 0;
    }
    config = ServerConfig.Load(commandLine);
    logSettings = LogSettings.FromConfig(config);
    StoreSettings.FromConfig(config, ServerSettings.FromConfig(config).DataDir);
}
catch (SettingsException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(ServerCommandLine.Usage);
    return 2;
}

using var loggerFactory = ServerLogging.CreateConsoleFactory(logSettings);
ChatServer server;
try
{
    server = await ChatServer.StartAsync(config, loggerFactory);
}
catch (SettingsException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (e is SocketException or Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"error: cannot listen: {e.Message}");
    return 1;
}
catch (ActorChat.Server.Storage.StoreException e)
{
    Console.Error.WriteLine($"error: cannot open the data directory: {e.Message}");
    return 1;
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
{
    await stop.Task;
    await server.StopAsync();
}
return 0;
