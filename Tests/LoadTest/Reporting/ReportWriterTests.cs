using System.Text.Json;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Reporting;

namespace ActorChat.Tests.LoadTest.Reporting;

public class ReportWriterTests
{
    [Fact]
    public void Json_is_one_object_with_parameters_metrics_delivery_and_the_verdict()
    {
        var result = new ScenarioResult("direct", "actorchat", "127.0.0.1:5050");
        result.Parameter("clients", 20);
        result.Add("delivered_per_second", 12345.678, "msg/s");
        result.Delivery = new DeliveryReport(10, 9, 1, 0, 0, 0, 0);
        string json = ReportWriter.ToJson(result);
        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("direct", root.GetProperty("scenario").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(20, root.GetProperty("parameters").GetProperty("clients").GetDouble());
        Assert.Equal(12345.678, root.GetProperty("metrics").GetProperty("delivered_per_second").GetDouble());
        Assert.Equal("msg/s", root.GetProperty("units").GetProperty("delivered_per_second").GetString());
        Assert.Equal(1, root.GetProperty("delivery").GetProperty("lost").GetInt64());
    }

    [Fact]
    public void A_result_fails_on_loss_on_an_error_or_when_unsupported_and_passes_otherwise()
    {
        var clean = new ScenarioResult("login", "irc", "x") { Delivery = new DeliveryReport(1, 1, 0, 0, 0, 0, 0) };
        Assert.True(clean.Passed);
        Assert.Contains("result: PASS", ReportWriter.ToTable(clean));

        var error = new ScenarioResult("login", "irc", "x");
        error.Error("u1: ERR rate-limited");
        Assert.False(error.Passed);
        Assert.Contains("ERR rate-limited", ReportWriter.ToTable(error));

        var unsupported = new ScenarioResult("offline", "irc", "x") { Unsupported = "no offline messages" };
        Assert.False(unsupported.Passed);
        Assert.Contains("UNSUPPORTED", ReportWriter.ToTable(unsupported));
    }
}
