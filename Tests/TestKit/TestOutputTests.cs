using ActorChat.Actors;
using Xunit.Abstractions;

namespace ActorChat.Tests.TestKit;

public class TestOutputTests
{
    private sealed class CapturingOutput : ITestOutputHelper
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string message)
        {
            lock (Lines) Lines.Add(message);
        }

        public void WriteLine(string format, params object[] args) => WriteLine(string.Format(format, args));
    }

    [Fact]
    public void Kernel_logs_go_to_the_test_output_with_level_category_and_actor_path()
    {
        var output = new CapturingOutput();
        using (var kit = new ActorChat.TestKit.TestKit(output))
        {
            kit.EventFilter.Warning(message: "to the output").ExpectOne(() => kit.Sys.Log.Warning("to the output"));
        }
        var line = Assert.Single(output.Lines, l => l.Contains("to the output"));
        Assert.Contains("Warning", line);
        Assert.Contains("ActorChat.Actors.ActorSystem", line);
        Assert.Contains("akka://test/", line);
    }

    [Fact]
    public void Dispose_terminates_the_system()
    {
        var kit = new ActorChat.TestKit.TestKit();
        var sys = kit.Sys;
        kit.Dispose();
        Assert.True(sys.WhenTerminated.IsCompleted);
    }
}
