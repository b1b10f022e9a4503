using System.Numerics;

namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// A latency histogram with fixed relative precision and no sampling, after HdrHistogram's layout: values are
/// counted in buckets whose width grows with the magnitude, so every recorded value is kept to the configured
/// number of significant decimal digits from 1 up to the highest trackable value. Not thread-safe: record from one
/// thread, merge per-thread histograms with <see cref="Add"/>.
/// </summary>
public sealed class LatencyHistogram
{
    private readonly int _subBucketHalfCountMagnitude;
    private readonly int _subBucketHalfCount;
    private readonly int _subBucketCount;
    private readonly long _subBucketMask;
    private readonly int _leadingZeroCountBase;
    private readonly long[] _counts;
    private long _min = long.MaxValue;
    private long _max;

    /// <summary>Creates a histogram tracking 1 to <paramref name="highestTrackableValue"/>.</summary>
    /// <param name="highestTrackableValue">Largest value kept exactly to precision; larger values are clamped to it and counted in <see cref="ClampedCount"/>.</param>
    /// <param name="significantDigits">Decimal digits of relative precision, 1 to 5.</param>
    public LatencyHistogram(long highestTrackableValue = 3_600_000_000_000, int significantDigits = 3)
    {
        if (significantDigits is < 1 or > 5)
            throw new ArgumentOutOfRangeException(nameof(significantDigits), significantDigits, "must be 1 to 5");
        if (highestTrackableValue < 2)
            throw new ArgumentOutOfRangeException(nameof(highestTrackableValue), highestTrackableValue, "must be at least 2");
        HighestTrackableValue = highestTrackableValue;
        SignificantDigits = significantDigits;

        // Below this value every integer has its own counter; above it, buckets double in width.
        long largestValueWithSingleUnitResolution = 2 * (long)Math.Pow(10, significantDigits);
        int subBucketCountMagnitude = (int)Math.Ceiling(Math.Log2(largestValueWithSingleUnitResolution));
        _subBucketHalfCountMagnitude = subBucketCountMagnitude - 1;
        _subBucketCount = 1 << subBucketCountMagnitude;
        _subBucketHalfCount = _subBucketCount / 2;
        _subBucketMask = _subBucketCount - 1;
        _leadingZeroCountBase = 64 - subBucketCountMagnitude;

        int bucketCount = 1;
        long smallestUntrackable = _subBucketCount;
        while (smallestUntrackable <= highestTrackableValue)
        {
            if (smallestUntrackable > long.MaxValue / 2) { bucketCount++; break; }
            smallestUntrackable <<= 1;
            bucketCount++;
        }
        _counts = new long[(bucketCount + 1) * _subBucketHalfCount];
    }

    /// <summary>The largest value recorded to full precision.</summary>
    public long HighestTrackableValue { get; }

    /// <summary>Decimal digits of relative precision.</summary>
    public int SignificantDigits { get; }

    /// <summary>How many values have been recorded.</summary>
    public long TotalCount { get; private set; }

    /// <summary>How many recorded values were above <see cref="HighestTrackableValue"/> and clamped to it.</summary>
    public long ClampedCount { get; private set; }

    /// <summary>The smallest recorded value, exact; 0 when empty.</summary>
    public long Min => TotalCount == 0 ? 0 : _min;

    /// <summary>The largest recorded value, exact (before clamping); 0 when empty.</summary>
    public long Max => _max;

    /// <summary>The arithmetic mean of the recorded values, each taken at the middle of its bucket.</summary>
    public double Mean
    {
        get
        {
            if (TotalCount == 0) return 0;
            double sum = 0;
            for (int i = 0; i < _counts.Length; i++)
                if (_counts[i] != 0) sum += (double)_counts[i] * MedianEquivalentValue(ValueFromIndex(i));
            return sum / TotalCount;
        }
    }

    /// <summary>Records one value; negative values count as 0.</summary>
    public void Record(long value) => RecordCount(value, 1);

    /// <summary>Records <paramref name="count"/> occurrences of a value.</summary>
    public void RecordCount(long value, long count)
    {
        if (value < 0) value = 0;
        if (value > _max) _max = value;
        if (value < _min) _min = value;
        if (value > HighestTrackableValue)
        {
            ClampedCount += count;
            value = HighestTrackableValue;
        }
        _counts[CountsIndexFor(value)] += count;
        TotalCount += count;
    }

    /// <summary>Adds every count of <paramref name="other"/> (same precision and range) into this histogram.</summary>
    public void Add(LatencyHistogram other)
    {
        if (other._counts.Length != _counts.Length || other.SignificantDigits != SignificantDigits)
            throw new ArgumentException("histograms differ in range or precision", nameof(other));
        for (int i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        TotalCount += other.TotalCount;
        ClampedCount += other.ClampedCount;
        if (other.TotalCount > 0)
        {
            _min = Math.Min(_min, other._min);
            _max = Math.Max(_max, other._max);
        }
    }

    /// <summary>
    /// The value at or below which <paramref name="percentile"/> percent of the recorded values fall, reported as the
    /// highest value equivalent to its bucket (never more than the exact maximum); 0 when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (TotalCount == 0) return 0;
        percentile = Math.Clamp(percentile, 0, 100);
        long countAtPercentile = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * TotalCount));
        long seen = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= countAtPercentile)
                return Math.Min(HighestEquivalentValue(ValueFromIndex(i)), _max);
        }
        return _max;
    }

    /// <summary>Whether two values fall into the same bucket, i.e. are indistinguishable at this precision.</summary>
    public bool ValuesAreEquivalent(long a, long b) => LowestEquivalentValue(a) == LowestEquivalentValue(b);

    /// <summary>The smallest value that lands in the same bucket as <paramref name="value"/>.</summary>
    public long LowestEquivalentValue(long value)
    {
        int bucket = BucketIndex(value);
        int subBucket = SubBucketIndex(value, bucket);
        return (long)subBucket << bucket;
    }

    /// <summary>The largest value that lands in the same bucket as <paramref name="value"/>.</summary>
    public long HighestEquivalentValue(long value) => LowestEquivalentValue(value) + SizeOfEquivalentRange(value) - 1;

    /// <summary>Empties the histogram.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        TotalCount = 0;
        ClampedCount = 0;
        _min = long.MaxValue;
        _max = 0;
    }

    private long MedianEquivalentValue(long value) => LowestEquivalentValue(value) + (SizeOfEquivalentRange(value) >> 1);

    private long SizeOfEquivalentRange(long value)
    {
        int bucket = BucketIndex(value);
        int subBucket = SubBucketIndex(value, bucket);
        int adjustedBucket = subBucket >= _subBucketCount ? bucket + 1 : bucket;
        return 1L << adjustedBucket;
    }

    private int BucketIndex(long value) =>
        _leadingZeroCountBase - BitOperations.LeadingZeroCount((ulong)(value | _subBucketMask));

    private static int SubBucketIndex(long value, int bucket) => (int)(value >> bucket);

    private int CountsIndexFor(long value)
    {
        int bucket = BucketIndex(value);
        int subBucket = SubBucketIndex(value, bucket);
        return ((bucket + 1) << _subBucketHalfCountMagnitude) + (subBucket - _subBucketHalfCount);
    }

    private long ValueFromIndex(int index)
    {
        int bucket = (index >> _subBucketHalfCountMagnitude) - 1;
        int subBucket = (index & (_subBucketHalfCount - 1)) + _subBucketHalfCount;
        if (bucket < 0)
        {
            subBucket -= _subBucketHalfCount;
            bucket = 0;
        }
        return (long)subBucket << bucket;
    }
}
