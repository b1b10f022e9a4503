using System.Net;
using ActorChat.Floor;

// usage: ActorChat.Floor --port <port> [--transport sockets|kestrel|epoll]
var port = 0;
var transport = "sockets";
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port": port = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--transport": transport = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var endPoint = new IPEndPoint(IPAddress.Loopback, port);
switch (transport)
{
    case "sockets":
        await SocketsFloor.RunAsync(endPoint);
        return 0;
    case "kestrel":
        await KestrelFloor.RunAsync(endPoint);
        return 0;
    case "epoll" when OperatingSystem.IsLinux():
        EpollFloor.Run(endPoint);
        return 0;
    default:
        Console.Error.WriteLine($"transport '{transport}' is not available here (sockets, kestrel, or epoll on Linux)");
        return 2;
}
