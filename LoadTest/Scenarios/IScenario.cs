namespace ActorChat.LoadTest.Scenarios;

/// <summary>One load scenario: bounded in count and time, it fills the context's result and stops by itself.</summary>
public interface IScenario
{
    /// <summary>Runs the scenario; throws only for failures that end it early (the caller records them).</summary>
    Task RunAsync(ScenarioContext context);
}
