using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Measurement;

public class LatencyHistogramTests
{
    [Fact]
    public void Empty_histogram_reports_zero_everywhere()
    {
        var h = new LatencyHistogram();
        Assert.Equal(0, h.TotalCount);
        Assert.Equal(0, h.ValueAtPercentile(99));
        Assert.Equal(0, h.Max);
        Assert.Equal(0, h.Min);
    }

    [Fact]
    public void Values_below_two_thousand_are_counted_exactly()
    {
        var h = new LatencyHistogram();
        for (int v = 1; v <= 2000; v++) h.Record(v);
        Assert.Equal(1000, h.ValueAtPercentile(50));
        Assert.Equal(1980, h.ValueAtPercentile(99));
        Assert.Equal(2000, h.ValueAtPercentile(100));
        Assert.Equal(1, h.Min);
        Assert.Equal(2000, h.Max);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(4)]
    public void Every_bucket_is_narrower_than_the_configured_relative_precision(int digits)
    {
        var h = new LatencyHistogram(3_600_000_000_000, digits);
        double precision = Math.Pow(10, -digits);
        for (long v = 1; v < 3_000_000_000_000; v = v * 3 / 2 + 1)
        {
            long low = h.LowestEquivalentValue(v), high = h.HighestEquivalentValue(v);
            Assert.InRange(v, low, high);
            Assert.True(high - low <= Math.Max(0, v * precision), $"value {v}: bucket [{low}, {high}] is wider than {precision:P3}");
        }
    }

    [Fact]
    public void Uniform_distribution_percentiles_are_within_a_thousandth()
    {
        var h = new LatencyHistogram();
        for (long v = 1; v <= 1_000_000; v++) h.Record(v * 10);
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9 })
        {
            double exact = p / 100 * 1_000_000 * 10;
            Assert.InRange(h.ValueAtPercentile(p), exact, exact * 1.001);
        }
        Assert.Equal(10_000_000, h.Max);
    }

    [Fact]
    public void Exponential_distribution_percentiles_match_the_inverse_cdf()
    {
        const int n = 200_000;
        const double mean = 250_000; // 250 us in ns
        var h = new LatencyHistogram();
        // The quantiles themselves, so the expected percentiles are known without randomness.
        for (int i = 0; i < n; i++) h.Record((long)(-Math.Log(1 - (i + 0.5) / n) * mean));
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9 })
        {
            double exact = -Math.Log(1 - p / 100) * mean;
            Assert.InRange(h.ValueAtPercentile(p), exact * 0.999, exact * 1.002);
        }
        Assert.InRange(h.Mean, mean * 0.99, mean * 1.01);
    }

    [Fact]
    public void A_single_outlier_is_the_max_and_the_top_percentile_but_not_p99()
    {
        var h = new LatencyHistogram();
        for (int i = 0; i < 999; i++) h.Record(100_000);
        h.Record(987_654_321);
        Assert.Equal(987_654_321, h.Max);
        Assert.Equal(987_654_321, h.ValueAtPercentile(100));
        Assert.True(h.ValuesAreEquivalent(100_000, h.ValueAtPercentile(99)));
    }

    [Fact]
    public void Values_above_the_range_are_clamped_and_counted()
    {
        var h = new LatencyHistogram(highestTrackableValue: 1_000_000);
        h.Record(5_000_000);
        h.Record(10);
        Assert.Equal(1, h.ClampedCount);
        Assert.Equal(2, h.TotalCount);
        Assert.Equal(5_000_000, h.Max);
    }

    [Fact]
    public void Merging_equals_recording_everything_in_one()
    {
        var all = new LatencyHistogram();
        var parts = new[] { new LatencyHistogram(), new LatencyHistogram(), new LatencyHistogram() };
        for (long v = 1; v <= 300_000; v++)
        {
            long value = v * v % 9_999_991 + 1;
            all.Record(value);
            parts[v % 3].Record(value);
        }
        var merged = new LatencyHistogram();
        foreach (var part in parts) merged.Add(part);
        Assert.Equal(all.TotalCount, merged.TotalCount);
        Assert.Equal(all.Min, merged.Min);
        Assert.Equal(all.Max, merged.Max);
        foreach (double p in new[] { 0.0, 10, 50, 90, 99, 99.9, 99.99, 100 })
            Assert.Equal(all.ValueAtPercentile(p), merged.ValueAtPercentile(p));
    }

    [Fact]
    public void Merging_histograms_of_different_precision_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LatencyHistogram(significantDigits: 3).Add(new LatencyHistogram(significantDigits: 2)));
    }

    [Fact]
    public void Recorder_merges_what_many_threads_recorded()
    {
        using var recorder = new LatencyRecorder();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (int i = 1; i <= 10_000; i++) recorder.Record(t * 10_000 + i);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var snapshot = recorder.Snapshot();
        Assert.Equal(40_000, snapshot.TotalCount);
        Assert.Equal(1, snapshot.Min);
        Assert.Equal(40_000, snapshot.Max);
    }
}
