using System.Net;

namespace ActorChat.Tests.Integration;

/// <summary>Client steps the issue-5 tests share.</summary>
internal static class StoreClients
{
    /// <summary>Logs <paramref name="name"/> in and out (QUIT, BYE, closed): the name is known and offline after.</summary>
    public static async Task SeenAsync(IPEndPoint endPoint, string name)
    {
        await using var client = await ChatTestClient.LoginAsync(endPoint, name);
        await client.SendAsync("QUIT");
        Assert.Equal("BYE", (await client.ReadToEndAsync()).Last());
    }

    /// <summary>Sends HELLO and reads HI and LIST (and ALONE when alone); returns the client for the OFFLINE lines.</summary>
    public static async Task<ChatTestClient> HelloAsync(IPEndPoint endPoint, string name)
    {
        var client = await ChatTestClient.ConnectAsync(endPoint);
        await client.SendAsync($"HELLO {name}");
        await client.ExpectAsync($"HI {name}");
        var list = await client.ReadLineAsync();
        if (list == $"LIST {name}") await client.ExpectAsync("ALONE");
        return client;
    }

    /// <summary>Reads lines up to the answer to a PING sent now: everything the server sent before it.</summary>
    public static async Task<List<string>> DrainAsync(this ChatTestClient client)
    {
        var token = Guid.NewGuid().ToString("N");
        await client.SendAsync("PING " + token);
        var lines = new List<string>();
        string line;
        while ((line = await client.ReadLineAsync()) != "PONG " + token) lines.Add(line);
        return lines;
    }
}
