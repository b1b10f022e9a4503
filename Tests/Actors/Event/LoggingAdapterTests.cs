using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Event;

public class LoggingAdapterTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Talker : ReceiveActor
    {
        private readonly ILoggingAdapter _log = Context.GetLogger();

        public Talker()
        {
            Receive<string>(s => s == "debug", _ => _log.Debug("debug {Value}", 1));
            Receive<string>(s => s == "info", _ => _log.Info("info {Value} and {Other}", 2, "x"));
            Receive<string>(s => s == "warning", _ => _log.Warning("warning {0}", 3));
            Receive<string>(s => s == "error", _ => _log.Error(new FormatException("inner"), "error {Value}", 4));
            Receive<string>(s => s == "bad template", _ => _log.Info("missing {A} {B}", 1));
        }
    }

    [Fact]
    public void Adapter_writes_each_level_with_formatted_templates_and_the_actor_path()
    {
        var talker = Sys.ActorOf(Props.Create<Talker>(), "talker");
        var path = talker.Path.ToString();
        EventFilter.Debug(message: "debug 1", source: path).ExpectOne(() => talker.Tell("debug"));
        EventFilter.Info(message: "info 2 and x", source: path).ExpectOne(() => talker.Tell("info"));
        EventFilter.Warning(message: "warning 3", source: path).ExpectOne(() => talker.Tell("warning"));
        EventFilter.Exception<FormatException>(message: "error 4", source: path).ExpectOne(() => talker.Tell("error"));
    }

    [Fact]
    public void A_template_that_does_not_fit_its_arguments_is_logged_verbatim_without_failing_the_actor()
    {
        var talker = Sys.ActorOf(Props.Create<Talker>());
        EventFilter.Info(contains: "missing {A} {B}").ExpectOne(() => talker.Tell("bad template"));
    }

    [Fact]
    public void System_Log_writes_with_the_system_path()
    {
        EventFilter.Warning(message: "from the system", source: "akka://test/").ExpectOne(() => Sys.Log.Warning("from the system"));
    }
}
