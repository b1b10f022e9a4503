using ActorChat.LoadTest.Hosting;

namespace ActorChat.Tests.LoadTest.Hosting;

public class ProcessCpuTests
{
    [Fact]
    public void User_and_system_ticks_are_read_after_the_command_name()
    {
        // A command name with a space and a parenthesis must not shift the fields.
        const string stat = "4242 (odd) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 8 0 123 456 789";
        Assert.Equal(3.0, ProcessCpu.ParseStat(stat));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 (x) S 1 2")]
    [InlineData("4242 (x) S 1 2 3 4 5 6 7 8 9 10 eleven 12")]
    public void A_short_or_odd_stat_line_is_null(string stat)
    {
        Assert.Null(ProcessCpu.ParseStat(stat));
    }

    [Fact]
    public void The_own_process_has_used_some_cpu_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(ProcessCpu.Seconds(Environment.ProcessId) > 0);
    }
}
