using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ActorChat.Server.Logging;

/// <summary>Builds the program's logger factory: console, one line per event, text or JSON, levels from HOCON.</summary>
public static class ServerLogging
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";

    /// <summary>A console logger factory for <paramref name="settings"/>. The caller disposes it (flushes the queue).</summary>
    public static ILoggerFactory CreateConsoleFactory(LogSettings settings) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(settings.Level);
        foreach (var (category, level) in settings.Categories) builder.AddFilter(category, level);
        if (settings.Json)
        {
            builder.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = Timestamp.TrimEnd();
                o.IncludeScopes = false;
            });
        }
        else
        {
            builder.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = Timestamp;
                o.IncludeScopes = false;
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    });
}
