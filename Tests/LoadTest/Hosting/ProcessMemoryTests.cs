using ActorChat.LoadTest.Hosting;

namespace ActorChat.Tests.LoadTest.Hosting;

public class ProcessMemoryTests
{
    [Fact]
    public void VmRss_is_read_in_bytes()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 999 kB\nVmRSS:\t   123456 kB\nThreads:\t12\n";
        Assert.Equal(123456L * 1024, ProcessMemory.ParseVmRss(status));
    }

    [Theory]
    [InlineData("Name:\tx\n")]
    [InlineData("VmRSS:\tlots kB\n")]
    [InlineData("VmRSS:\t12 MB\n")]
    public void A_missing_or_odd_VmRss_is_null(string status)
    {
        Assert.Null(ProcessMemory.ParseVmRss(status));
    }

    [Fact]
    public void The_own_process_has_a_resident_size_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(ProcessMemory.ResidentBytes(Environment.ProcessId) > 1024 * 1024);
    }
}
