using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>HOCON.md "Includes": syntax, merging, substitution fix-up, missing files, extensions, locating files.</summary>
public sealed class IncludeSpec : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("actorchat-hocon-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_dir.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private Config Load(string main) => ConfigurationFactory.FromFile(Write("main.conf", main));

    [Fact]
    public void An_include_is_found_relative_to_the_including_file_and_merges_in_place()
    {
        Write("sub/defaults.conf", "a = 1\nb { x = 1, y = 1 }\ninclude \"deeper.conf\"");
        Write("sub/deeper.conf", "deep = yes");
        Write("deeper.conf", "deep = wrong-directory");
        var config = ConfigurationFactory.FromFile(Write("sub/app.conf", """
            a = 0
            include "defaults.conf"
            b.y = 2
            """));
        // Included keys override earlier ones; later keys override included ones; objects merge.
        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(1, config.GetInt("b.x"));
        Assert.Equal(2, config.GetInt("b.y"));
        Assert.True(config.GetBoolean("deep"));
    }

    [Fact]
    public void Include_file_syntax_with_whitespace_and_newlines_and_required()
    {
        Write("one.conf", "one = 1");
        Write("two.conf", "two = 2");
        Write("three.conf", "three = 3");
        var config = Load("include\n  file( \"one.conf\" )\ninclude required(\"two.conf\")\ninclude required( file(\"three.conf\") )");
        Assert.Equal(1, config.GetInt("one"));
        Assert.Equal(2, config.GetInt("two"));
        Assert.Equal(3, config.GetInt("three"));
    }

    [Fact]
    public void A_missing_include_is_ignored_but_a_missing_required_include_is_an_error()
    {
        Assert.Equal(1, Load("include \"nope.conf\"\na = 1").GetInt("a"));
        var e = Assert.Throws<ConfigurationException>(() => Load("a = 1\ninclude required(\"nope.conf\")"));
        Assert.Contains("main.conf: line 2, column 1", e.Message);
        Assert.Contains("required include file \"nope.conf\" was not found", e.Message);
    }

    [Fact]
    public void An_include_inside_an_object_nests_its_keys_and_fixes_up_its_substitutions()
    {
        // The spec's example: { a : { include "foo.conf" } } with foo.conf { x : 10, y : ${x} }.
        Write("foo.conf", "{ x : 10, y : ${x} }");
        Assert.Equal(10, Load("{ a : { include \"foo.conf\" } }").GetInt("a.y"));
        Assert.Equal(42, Load("{\n    a : { include \"foo.conf\" }\n    a : { x : 42 }\n}").GetInt("a.y"));
        Assert.False(Load("{ a : { include \"foo.conf\" } }").HasPath("x"));
    }

    [Fact]
    public void A_fixed_up_substitution_falls_back_to_the_root_of_the_including_configuration()
    {
        Write("child.conf", "port = ${base-port}");
        Assert.Equal(5050, Load("base-port = 5050\nserver { include \"child.conf\" }").GetInt("server.port"));
    }

    [Fact]
    public void A_name_without_extension_loads_json_then_conf_and_both_merge()
    {
        Write("both.json", """{ "a" : "json", "b" : "json" }""");
        Write("both.conf", "b = conf");
        var config = Load("include \"both\"");
        Assert.Equal("json", config.GetString("a"));
        Assert.Equal("conf", config.GetString("b"));
    }

    [Fact]
    public void An_absolute_include_path_and_a_file_url_are_loaded_as_such()
    {
        var abs = Write("elsewhere/abs.conf", "abs = 1");
        var config = Load($"include \"{abs.Replace("\\", "\\\\")}\"\ninclude \"{new Uri(abs).AbsoluteUri}\"");
        Assert.Equal(1, config.GetInt("abs"));
    }

    [Fact]
    public void An_included_file_with_an_array_root_is_an_error_naming_that_file()
    {
        var list = Write("list.conf", "[1, 2]");
        var e = Assert.Throws<ConfigurationException>(() => Load("include \"list.conf\""));
        Assert.StartsWith(list + ": line 1, column 1:", e.Message);
        Assert.Contains("expected an object at the root", e.Message);
    }

    [Fact]
    public void An_error_inside_an_included_file_names_that_file_and_its_line()
    {
        var bad = Write("bad.conf", "ok = 1\nbroken = {");
        var e = Assert.Throws<ConfigurationException>(() => Load("include \"bad.conf\""));
        Assert.StartsWith(bad + ": line 2, column 11:", e.Message);
    }

    [Fact]
    public void An_include_cycle_is_an_error_not_a_stack_overflow()
    {
        Write("a.conf", "include \"b.conf\"");
        Write("b.conf", "include \"a.conf\"");
        var e = Assert.Throws<ConfigurationException>(() => Load("include \"a.conf\""));
        Assert.Contains("include cycle", e.Message);
    }

    [Fact]
    public void Properties_files_are_refused_even_when_found_by_basename()
    {
        Write("props.properties", "a=1");
        var e = Assert.Throws<ConfigurationException>(() => Load("include \"props\""));
        Assert.Contains("Java properties files is not supported", e.Message);
    }

    [Fact]
    public void ParseString_resolves_relative_includes_against_the_working_directory()
    {
        var name = "actorchat-cwd-" + Guid.NewGuid().ToString("N") + ".conf";
        var path = Path.Combine(Directory.GetCurrentDirectory(), name);
        File.WriteAllText(path, "from-cwd = 7");
        try
        {
            Assert.Equal(7, ConfigurationFactory.ParseString($"include \"{name}\"").GetInt("from-cwd"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
