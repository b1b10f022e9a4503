using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Framing;

/// <summary>Reads a <see cref="LineReader"/> to its end and renders every result as a string, for easy assertions.</summary>
internal static class LineCollector
{
    public static async Task<List<string>> ReadAllAsync(LineReader reader)
    {
        var results = new List<string>();
        while (true)
        {
            LineReadResult result = await reader.ReadLineAsync();
            results.Add(Render(result));
            if (result.Status == LineStatus.Completed)
            {
                return results;
            }

            Assert.True(results.Count < 100_000, "the reader never completed");
        }
    }

    public static string Render(LineReadResult result) => result.Status == LineStatus.Line
        ? "line:" + Encoding.UTF8.GetString(result.Line.Span)
        : result.Status.ToString();
}
