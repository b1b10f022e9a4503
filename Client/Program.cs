// The console client; the connection library (ChatConnection) needs none of this.
return await ActorChat.Client.Cli.ClientProgram.RunAsync(args);
