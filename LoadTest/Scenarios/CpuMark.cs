namespace ActorChat.LoadTest.Scenarios;

/// <summary>CPU seconds used so far, read at the start of a measured phase.</summary>
/// <param name="Server">The server's user + system seconds, when its pid is known and readable.</param>
/// <param name="Harness">The harness's own processor seconds.</param>
public readonly record struct CpuMark(double? Server, double Harness);
