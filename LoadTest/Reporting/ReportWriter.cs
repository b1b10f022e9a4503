using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorChat.LoadTest.Reporting;

/// <summary>Writes a <see cref="ScenarioResult"/> as a human-readable table or as one line of JSON.</summary>
public static class ReportWriter
{
    /// <summary>The result as one JSON object on one line.</summary>
    public static string ToJson(ScenarioResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("scenario", result.Scenario);
            json.WriteString("protocol", result.Protocol);
            json.WriteString("target", result.Target);
            json.WriteBoolean("passed", result.Passed);
            if (result.Unsupported is not null) json.WriteString("unsupported", result.Unsupported);
            json.WriteStartObject("parameters");
            foreach (var (name, value) in result.Parameters) json.WriteNumber(name, value);
            json.WriteEndObject();
            json.WriteStartObject("metrics");
            foreach (var metric in result.Metrics) json.WriteNumber(metric.Name, Math.Round(metric.Value, 3));
            json.WriteEndObject();
            json.WriteStartObject("units");
            foreach (var metric in result.Metrics) json.WriteString(metric.Name, metric.Unit);
            json.WriteEndObject();
            if (result.Delivery is { } d)
            {
                json.WriteStartObject("delivery");
                json.WriteNumber("expected", d.Expected);
                json.WriteNumber("delivered", d.Delivered);
                json.WriteNumber("lost", d.Lost);
                json.WriteNumber("duplicates", d.Duplicates);
                json.WriteNumber("reordered", d.Reordered);
                json.WriteNumber("misrouted", d.Misrouted);
                json.WriteNumber("unknown", d.Unknown);
                json.WriteEndObject();
            }
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteStartArray("first_errors");
            foreach (string error in result.FirstErrors) json.WriteStringValue(error);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The result as a summary table.</summary>
    public static string ToTable(ScenarioResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"== {result.Scenario} ({result.Protocol} at {result.Target}) ==");
        text.AppendLine("  " + string.Join(", ", result.Parameters.Select(p => $"{p.Key} {Format(p.Value)}")));
        int width = Math.Max(20, result.Metrics.Select(m => m.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var metric in result.Metrics)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {metric.Name.PadRight(width)} {Format(metric.Value),14} {metric.Unit}");
        if (result.Delivery is { } d)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  delivery: expected {d.Expected}, delivered {d.Delivered}, lost {d.Lost}, duplicates {d.Duplicates}, reordered {d.Reordered}, misrouted {d.Misrouted}, unknown {d.Unknown}");
        if (result.Unsupported is not null) text.AppendLine("  UNSUPPORTED: " + result.Unsupported);
        if (result.ErrorCount > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  errors: {result.ErrorCount}");
            foreach (string error in result.FirstErrors) text.AppendLine("    " + error);
        }
        text.AppendLine(result.Passed ? "  result: PASS" : "  result: FAIL");
        return text.ToString();
    }

    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.0##", CultureInfo.InvariantCulture);
}
