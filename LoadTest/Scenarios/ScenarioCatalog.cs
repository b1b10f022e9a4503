namespace ActorChat.LoadTest.Scenarios;

/// <summary>The scenarios by name.</summary>
public static class ScenarioCatalog
{
    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static IScenario Create(string name) => name switch
    {
        "direct" => new DirectScenario(),
        "latency" => new LatencyScenario(),
        "fanout" => new FanoutScenario(),
        "idle" => new IdleScenario(),
        "login" => new LoginScenario(),
        "offline" => new OfflineScenario(),
        _ => throw new ArgumentException($"unknown scenario '{name}'", nameof(name)),
    };
}
