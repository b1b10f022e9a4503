namespace ActorChat.LoadTest.Reporting;

/// <summary>One figure of a scenario's result.</summary>
/// <param name="Name">Machine-friendly name, e.g. <c>delivered_per_second</c>.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit, e.g. <c>msg/s</c>, <c>us</c>, <c>KiB</c>.</param>
public readonly record struct Metric(string Name, double Value, string Unit);
