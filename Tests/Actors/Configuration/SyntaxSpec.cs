using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>Syntax beyond the spec's own examples: the corners a hand-written parser tends to get wrong.</summary>
public class SyntaxSpec
{
    private static Config Parse(string hocon) => ConfigurationFactory.ParseString(hocon);

    [Fact]
    public void Comments_may_sit_anywhere_whitespace_may()
    {
        var config = Parse("""
            { # after the root brace
              a = [ # after a bracket
                1 // after an element
                2, # after a comma
              ] # after the array
              b { // after a brace
              }
            } # after the root
            """);
        Assert.Equal(["1", "2"], config.GetStringList("a"));
        Assert.True(config.GetConfig("b").IsEmpty);
    }

    [Fact]
    public void Crlf_line_endings_separate_fields_like_newlines()
    {
        var config = Parse("a = 1\r\nb = two words \r\nc = [x\r\ny]\r\n");
        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("two words", config.GetString("b"));
        Assert.Equal(["x", "y"], config.GetStringList("c"));
    }

    [Fact]
    public void Quoted_keys_keep_spaces_and_special_characters()
    {
        var config = Parse("\"a b\" = 1\n\"x:y=z\" = 2\n\"\" = 3");
        Assert.Equal(1, config.GetInt("\"a b\""));
        Assert.Equal(2, config.GetInt("\"x:y=z\""));
        Assert.Equal(3, config.GetInt("\"\""));
    }

    [Fact]
    public void Concatenation_mixes_quoted_unquoted_triple_quoted_and_parentheses()
    {
        var config = Parse("a = \"\"\"x\"\"\" y \"z\"\nb = foo(bar) baz\nc = 1 2 # comment");
        Assert.Equal("x y z", config.GetString("a"));
        Assert.Equal("foo(bar) baz", config.GetString("b"));
        Assert.Equal("1 2", config.GetString("c"));
    }

    [Fact]
    public void Unicode_text_is_kept_in_quoted_and_unquoted_strings()
    {
        var config = Parse("a = héllo→wörld\nb = \"日本\"\nc = \"\\u00e9\"");
        Assert.Equal("héllo→wörld", config.GetString("a"));
        Assert.Equal("日本", config.GetString("b"));
        Assert.Equal("é", config.GetString("c"));
    }

    [Fact]
    public void Numbers_keep_their_text_and_read_as_numbers()
    {
        var config = Parse("a = -0.5e+2\nb = 0\nc = 007\nd = 2024-01-01");
        Assert.Equal(-50.0, config.GetDouble("a"));
        Assert.Equal("-0.5e+2", config.GetString("a"));
        Assert.Equal(0, config.GetInt("b"));
        Assert.Equal("007", config.GetString("c"));
        Assert.Equal("2024-01-01", config.GetString("d"));
    }

    [Fact]
    public void Arrays_hold_objects_arrays_and_nulls()
    {
        var config = Parse("a = [ { name = x }, [1, 2], null, { name = y } ]");
        Assert.Contains("name = \"y\"", config.ToString());
        Assert.Throws<ConfigurationException>(() => config.GetStringList("a"));
    }

    [Fact]
    public void Plus_equals_works_on_nested_paths_and_inside_nested_objects()
    {
        var config = Parse("a.b += 1\na { b += 2 }\na.b += [3]");
        Assert.Contains("b = [1, 2, [3]]", config.ToString());
    }

    [Fact]
    public void A_self_reference_inside_a_later_object_literal_builds_on_the_earlier_value()
    {
        var config = Parse("a { b = 1 }\na { b = ${a.b} 2 }\nx.y = [1]\nx { y = ${x.y} [2] }");
        Assert.Equal("1 2", config.GetString("a.b"));
        Assert.Equal(["1", "2"], config.GetStringList("x.y"));
    }

    [Fact]
    public void A_self_reference_inside_an_object_merged_over_a_substitution_sees_the_substituted_value()
    {
        var config = Parse("base { b = 1, c = [x] }\na = ${base}\na { b = ${a.b} 2, c += y }");
        Assert.Equal("1 2", config.GetString("a.b"));
        Assert.Equal(["x", "y"], config.GetStringList("a.c"));
        Assert.Equal(1, config.GetInt("base.b"));
    }

    [Fact]
    public void A_substitution_to_an_object_merges_with_earlier_and_later_definitions()
    {
        var config = Parse("base { a = 1, b = 1 }\nderived { z = 0 }\nderived = ${base}\nderived { b = 2 }");
        Assert.Equal(0, config.GetInt("derived.z"));
        Assert.Equal(1, config.GetInt("derived.a"));
        Assert.Equal(2, config.GetInt("derived.b"));
        Assert.Equal(1, config.GetInt("base.b"));
    }

    [Fact]
    public void A_substitution_to_a_non_object_replaces_an_earlier_object()
    {
        var config = Parse("a { x = 1 }\na = ${b}\nb = 5");
        Assert.Equal(5, config.GetInt("a"));
    }

    [Fact]
    public void Substitutions_keep_the_type_of_what_they_point_at()
    {
        var config = Parse("n = 5, t = on, l = [a, b], o { k = v }\nn2 = ${n}, t2 = ${t}, l2 = ${l}, o2 = ${o}");
        Assert.Equal(5, config.GetInt("n2"));
        Assert.True(config.GetBoolean("t2"));
        Assert.Equal(["a", "b"], config.GetStringList("l2"));
        Assert.Equal("v", config.GetString("o2.k"));
        Assert.Contains("n2 = 5", config.ToString());
    }

    [Fact]
    public void Substitution_paths_may_be_quoted_and_have_whitespace_around_them()
    {
        var config = Parse("\"a.b\" { c = 1 }\nx = ${\"a.b\".c}\ny = ${ \"a.b\".c }");
        Assert.Equal(1, config.GetInt("x"));
        Assert.Equal(1, config.GetInt("y"));
    }

    [Fact]
    public void Deep_nesting_and_long_substitution_chains_resolve()
    {
        var nested = string.Concat(Enumerable.Repeat("a {", 200)) + "v = 1" + new string('}', 200);
        Assert.Equal(1, Parse(nested).GetInt(string.Join('.', Enumerable.Repeat("a", 200)) + ".v"));
        var chain = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"k{i} = ${{?k{i + 1}}}v{i}"));
        Assert.Equal(string.Concat(Enumerable.Range(0, 100).Reverse().Select(i => $"v{i}")), Parse(chain).GetString("k0"));
    }

    [Fact]
    public void Absurd_nesting_or_chains_are_errors_not_a_stack_overflow()
    {
        // On a small stack so modest inputs reach the guard; the guard measures the remaining stack, whatever its size.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var e = Assert.Throws<ConfigurationException>(() => Parse("a = " + new string('[', 5_000)));
                Assert.Contains("nested too deeply", e.Message);
                var chain = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"k{i} = ${{k{i + 1}}}"));
                var config = Parse(chain + "\nk5000 = end");
                e = Assert.Throws<ConfigurationException>(() => config.GetString("k0"));
                Assert.Contains("too deeply", e.Message);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
