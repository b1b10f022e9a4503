using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>
/// The examples in the text of lightbend/config HOCON.md, section by section, for the features we support.
/// Equivalent forms are compared by their rendering, which shows the whole resolved tree.
/// </summary>
public class HoconSpecExamplesSpec
{
    private static Config Parse(string hocon) => ConfigurationFactory.ParseString(hocon);

    private static void AssertEquivalent(string expected, string actual) =>
        Assert.Equal(Parse(expected).ToString(), Parse(actual).ToString());

    // Any read resolves the whole configuration, so an unresolvable one fails on the first read.
    private static void AssertInvalid(string hocon) =>
        Assert.Throws<ConfigurationException>(() => Parse(hocon).GetString("never"));

    // "Unchanged from JSON": all valid JSON is valid HOCON with the same meaning.
    [Fact]
    public void Unchanged_from_JSON_a_JSON_document_parses_to_the_same_data()
    {
        var config = Parse("""{ "a" : { "b" : [1, 2.5, -3e2, true, false, "s\u0041\n\"\\\/\b\f\r\t"] }, "c" : "", "d" : null }""");
        Assert.Equal(["1", "2.5", "-3e2", "true", "false", "sA\n\"\\/\b\f\r\t"], config.GetStringList("a.b"));
        Assert.False(config.HasPath("d"));
        Assert.Equal("", config.GetString("c"));
        Assert.Equal(-300.0, Parse("""{ "x" : -3e2 }""").GetDouble("x"));
    }

    // "Comments"
    [Fact]
    public void Comments_hash_and_double_slash_are_ignored_outside_quoted_strings()
    {
        var config = Parse("""
            # a comment
            a = 1 // trailing comment
            b = "not # a comment" # comment
            c = "not // a comment"
            """);
        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("not # a comment", config.GetString("b"));
        Assert.Equal("not // a comment", config.GetString("c"));
    }

    // "Omit root braces"
    [Fact]
    public void Omit_root_braces_the_file_is_read_as_if_enclosed_in_braces()
    {
        AssertEquivalent("{ a = 1, b { c = 2 } }", "a = 1, b { c = 2 }");
        var e = Assert.Throws<ConfigurationException>(() => Parse("a = 1\n}"));
        Assert.Contains("line 2, column 1", e.Message);
    }

    // "Key-value separator": '=' anywhere JSON allows ':', and "foo" {} means "foo" : {}.
    [Fact]
    public void Key_value_separator_equals_colon_and_an_omitted_separator_before_a_brace()
    {
        AssertEquivalent("""{ "foo" : {} , "x" : 1 }""", """ "foo" {}, x = 1 """);
        AssertEquivalent("""{ "a" : { "b" : 1 } }""", "a { b = 1 }");
    }

    // "Commas"
    [Fact]
    public void Commas_trailing_comma_and_newlines_instead_of_commas_give_the_same_array()
    {
        var plain = Parse("a = [1,2,3]").ToString();
        Assert.Equal(plain, Parse("a = [1,2,3,]").ToString());
        Assert.Equal(plain, Parse("a = [1\n2\n3]").ToString());
        AssertEquivalent("x = 1, y = 2", "x = 1\ny = 2\n");
        AssertEquivalent("{ x = 1, y = 2 }", "{ x = 1, y = 2, }");
    }

    [Theory]
    [InlineData("a = [1,2,3,,]")]
    [InlineData("a = [,1,2,3]")]
    [InlineData("a = [1,,2,3]")]
    [InlineData("{ x = 1,, y = 2 }")]
    [InlineData("{ , x = 1 }")]
    [InlineData("x = 1,,")]
    public void Commas_the_invalid_comma_placements_are_errors(string hocon) =>
        Assert.Throws<ConfigurationException>(() => Parse(hocon));

    // "Whitespace": Unicode separators (including non-breaking spaces and the BOM) and the ASCII controls listed.
    [Fact]
    public void Whitespace_includes_unicode_spaces_the_BOM_and_the_listed_controls()
    {
        var config = Parse("\uFEFFa\u00A0=\u2007 1\u001C,\u202Fb\t=\u000B2\r\n\fc = 3");
        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("b"));
        Assert.Equal(3, config.GetInt("c"));
    }

    // "Duplicate keys and object merging"
    [Fact]
    public void Duplicate_keys_objects_are_merged()
    {
        AssertEquivalent("""{ "foo" : { "a" : 42, "b" : 43 } }""", """
            {
                "foo" : { "a" : 42 },
                "foo" : { "b" : 43 }
            }
            """);
    }

    [Fact]
    public void Duplicate_keys_an_intermediate_null_prevents_the_object_merge()
    {
        AssertEquivalent("""{ "foo" : { "b" : 43 } }""", """
            {
                "foo" : { "a" : 42 },
                "foo" : null,
                "foo" : { "b" : 43 }
            }
            """);
    }

    [Fact]
    public void Duplicate_keys_a_later_non_object_overrides_and_an_object_replaces_a_non_object()
    {
        AssertEquivalent("a = 2", "a = 1, a = 2");
        AssertEquivalent("a = 5", "a { x = 1 }, a = 5");
        AssertEquivalent("a { y = 2 }", "a = 5, a { y = 2 }");
    }

    // "Unquoted strings"
    [Fact]
    public void Unquoted_strings_keywords_and_numbers_only_count_at_the_start()
    {
        // `truefoo` is true followed by foo, `footrue` is one unquoted string; concatenation makes both strings.
        Assert.Equal("truefoo", Parse("a = truefoo").GetString("a"));
        Assert.Equal("footrue", Parse("a = footrue").GetString("a"));
        Assert.Equal("10.0bar", Parse("a = 10.0bar").GetString("a"));
        Assert.Equal("bar10.0", Parse("a = bar10.0").GetString("a"));
        Assert.Equal("a-b_c/d.e", Parse("x = a-b_c/d.e").GetString("x"));
        // Unlike quoted strings, unquoted strings may hold control characters.
        Assert.Equal("x\u0001y", Parse("a = x\u0001y").GetString("a"));
    }

    [Theory]
    [InlineData("a = b$c")]
    [InlineData("a = b`c")]
    [InlineData("a = b^c")]
    [InlineData("a = b?c")]
    [InlineData("a = b!c")]
    [InlineData("a = b@c")]
    [InlineData("a = b*c")]
    [InlineData("a = b&c")]
    [InlineData("a = b\\c")]
    [InlineData("a = b+c")]
    public void Unquoted_strings_forbidden_characters_are_errors(string hocon)
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse(hocon));
        Assert.Contains("line 1, column 6", e.Message);
    }

    // "Multi-line strings"
    [Fact]
    public void Multi_line_strings_keep_everything_unmodified_and_extra_closing_quotes_belong_to_the_string()
    {
        var config = Parse("a = \"\"\"line one\n  \"quoted\" \\n no escapes\n\"\"\"\nb = \"\"\"foo\"\"\"\"");
        Assert.Equal("line one\n  \"quoted\" \\n no escapes\n", config.GetString("a"));
        Assert.Equal("foo\"", config.GetString("b"));
    }

    // "String value concatenation"
    [Fact]
    public void String_value_concatenation_keeps_inner_whitespace_and_trims_the_ends()
    {
        var config = Parse("a =  foo bar baz  \nb = \"foo bar baz\"\nc = foo  \"bar\"\t1.0 true null");
        Assert.Equal("foo bar baz", config.GetString("a"));
        Assert.Equal(config.GetString("b"), config.GetString("a"));
        Assert.Equal("foo  bar\t1.0 true null", config.GetString("c"));
    }

    [Fact]
    public void String_value_concatenation_a_single_value_keeps_its_type()
    {
        var config = Parse("a = true\nb = true foo\nc = [ true ]");
        Assert.True(config.GetBoolean("a"));
        Assert.Equal("true foo", config.GetString("b"));
        Assert.Equal(["true"], config.GetStringList("c"));
    }

    // "Array and object concatenation": several ways to define the same object and the same array.
    [Fact]
    public void Array_and_object_concatenation_ways_to_define_the_same_object()
    {
        const string one = "a : { b : 1, c : 2 }";
        AssertEquivalent(one, "a : { b : 1 } { c : 2 }");
        AssertEquivalent(one, "a : { b : 1 }\na : { c : 2 }");
    }

    [Fact]
    public void Array_and_object_concatenation_ways_to_define_the_same_array()
    {
        const string one = "a : [ 1, 2, 3, 4 ]";
        AssertEquivalent(one, "a : [ 1, 2 ] [ 3, 4 ]");
        AssertEquivalent(one, "a : [ 1, 2 ]\na : ${a} [ 3, 4 ]");
    }

    [Fact]
    public void Array_and_object_concatenation_inheritance_and_adding_to_paths()
    {
        var config = Parse("""
            data-center-generic = { cluster-size = 6 }
            data-center-east = ${data-center-generic} { name = "east" }
            path = [ /bin ]
            path = ${path} [ /usr/bin ]
            """);
        Assert.Equal(6, config.GetInt("data-center-east.cluster-size"));
        Assert.Equal("east", config.GetString("data-center-east.name"));
        Assert.False(config.HasPath("data-center-generic.name"));
        Assert.Equal(["/bin", "/usr/bin"], config.GetStringList("path"));
    }

    [Fact]
    public void Array_and_object_concatenation_mixing_kinds_is_an_error()
    {
        Assert.Throws<ConfigurationException>(() => Parse("a = [1] { b = 2 }"));
        Assert.Throws<ConfigurationException>(() => Parse("a = [1] foo"));
        Assert.Throws<ConfigurationException>(() => Parse("a = { b = 2 } foo"));
    }

    // "Note: Arrays without commas or newlines"
    [Fact]
    public void Arrays_without_commas_whitespace_concatenates_and_newlines_separate()
    {
        Assert.Equal(["1 2 3 4"], Parse("a = [ 1 2 3 4 ]").GetStringList("a"));
        Assert.Equal(["1", "2", "3", "4"], Parse("a = [ 1\n  2\n  3\n  4 ]").GetStringList("a"));
        AssertEquivalent("a = [ [ 1, 2, 3, 4 ] ]", "a = [ [ 1, 2 ] [ 3, 4 ] ]");
        AssertEquivalent("a = [ [ 1, 2 ], [ 3, 4 ] ]", "a = [ [ 1, 2 ]\n  [ 3, 4 ] ]");
        var config = Parse("""
            name = Bob, world = Earth, a = A, b = B, x = X, y = Y
            l1 = [ This is an unquoted string my name is ${name}, Hello ${world} ]
            l2 = [ ${a} ${b}, ${x} ${y} ]
            """);
        Assert.Equal(["This is an unquoted string my name is Bob", "Hello Earth"], config.GetStringList("l1"));
        Assert.Equal(["A B", "X Y"], config.GetStringList("l2"));
    }

    // "Path expressions"
    [Fact]
    public void Path_expressions_dots_in_quotes_and_in_numbers()
    {
        var config = Parse("""
            foo.bar."hello.world" = 1
            10.0foo = 2
            foo10.0 = 3
            foo"10.0" = 4
            1.2.3 = 5
            a."".b = 6
            """);
        Assert.Equal(1, config.GetInt("foo.bar.\"hello.world\""));
        Assert.Equal(2, config.GetInt("10.0foo"));
        Assert.True(config.HasPath("\"10\".\"0foo\""));
        Assert.Equal(3, config.GetInt("foo10.0"));
        Assert.Equal(4, config.GetInt("\"foo10.0\""));
        Assert.Equal(5, config.GetInt("1.2.3"));
        Assert.Equal(6, config.GetInt("a.\"\".b"));
    }

    [Theory]
    [InlineData("a..b = 1")]
    [InlineData(".a = 1")]
    [InlineData("a. = 1")]
    [InlineData("x = ${a..b}")]
    public void Path_expressions_empty_unquoted_elements_are_errors(string hocon) =>
        Assert.Throws<ConfigurationException>(() => Parse(hocon));

    // "Paths as keys"
    [Fact]
    public void Paths_as_keys_expand_to_nested_objects()
    {
        AssertEquivalent("foo { bar : 42 }", "foo.bar : 42");
        AssertEquivalent("foo { bar { baz : 42 } }", "foo.bar.baz : 42");
        AssertEquivalent("a { x : 42, y : 43 }", "a.x : 42, a.y : 43");
        AssertEquivalent("\"a b c\" : 42", "a b c : 42");
        AssertEquivalent("\"true\" : 42", "true : 42");
        AssertEquivalent("\"3\" : 42", "3 : 42");
        AssertEquivalent("\"3\" : { \"14\" : 42 }", "3.14 : 42");
    }

    // "Substitutions"
    [Fact]
    public void Substitutions_in_value_concatenation_and_with_a_quoted_remainder()
    {
        var config = Parse("""
            animal.favorite = dog
            key : ${animal.favorite} is my favorite animal
            key2 : ${animal.favorite}" is my favorite animal"
            quoted = "${animal.favorite}"
            """);
        Assert.Equal("dog is my favorite animal", config.GetString("key"));
        Assert.Equal("dog is my favorite animal", config.GetString("key2"));
        Assert.Equal("${animal.favorite}", config.GetString("quoted"));
    }

    [Fact]
    public void Substitutions_look_forward_to_the_last_assigned_value_and_keep_the_type()
    {
        var config = Parse("a = ${b}, b = 1, b = 2, c = ${d}, d { x = 1 }, d { y = 2 }");
        Assert.Equal(2, config.GetInt("a"));
        Assert.Equal(1, config.GetInt("c.x"));
        Assert.Equal(2, config.GetInt("c.y"));
    }

    [Fact]
    public void Substitutions_a_value_set_to_null_is_not_looked_up_in_the_environment()
    {
        var name = "ACTORCHAT_TEST_NULL_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            var config = Parse($"{name} : null\na = ${{?{name}}}x");
            Assert.Equal("nullx", config.GetString("a"));
            Assert.Equal("from-env", Parse($"a = ${{{name}}}").GetString("a"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Substitutions_an_undefined_required_substitution_is_an_error()
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse("a = 1\nb = ${nope.nothing}").GetInt("a"));
        Assert.Contains("<string>: line 2, column 5", e.Message);
        Assert.Contains("${nope.nothing}", e.Message);
    }

    [Fact]
    public void Substitutions_an_undefined_optional_substitution_follows_the_four_rules()
    {
        var config = Parse("""
            kept = 1
            kept = ${?nope}
            gone = ${?nope}
            list = [ 1, ${?nope}, 2 ]
            str = ${?nope}abc
            arr = ${?nope} [ 1 ]
            obj = ${?nope} { x = 1 }
            foo : ${?bar}${?baz}
            spaced : ${?bar} ${?baz}
            """);
        Assert.Equal(1, config.GetInt("kept"));
        Assert.False(config.HasPath("gone"));
        Assert.Equal(["1", "2"], config.GetStringList("list"));
        Assert.Equal("abc", config.GetString("str"));
        Assert.Equal(["1"], config.GetStringList("arr"));
        Assert.Equal(1, config.GetInt("obj.x"));
        Assert.False(config.HasPath("foo"));
        Assert.False(config.HasPath("spaced"));
    }

    [Fact]
    public void Substitutions_are_not_allowed_in_keys()
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse("a = 1\n${a} = 2"));
        Assert.Contains("line 2, column 1", e.Message);
        Assert.Contains("not allowed in keys", e.Message);
    }

    // "Self-Referential Substitutions"
    [Fact]
    public void Self_referential_a_new_value_based_on_the_old_one()
    {
        Assert.Equal("a:b:c:d", Parse("path : \"a:b:c\"\npath : ${path}\":d\"").GetString("path"));
        Assert.Equal("1bc", Parse("a : 1\na : ${a}bc").GetString("a"));
    }

    [Fact]
    public void Self_referential_unbreakable_cycles_inside_objects_and_arrays_are_errors()
    {
        AssertInvalid("a : { b : ${a} }");
        AssertInvalid("a : [${a}]");
    }

    [Fact]
    public void Self_referential_the_plus_equals_separator_appends_to_an_array()
    {
        AssertEquivalent("a = [ b ]", "a += b");
        AssertEquivalent("a = [ 1, 2, b ]", "a = [ 1, 2 ]\na += b");
        AssertEquivalent("a = [ x, { c = 1 } ]", "a += x\na += { c = 1 }");
        AssertInvalid("a = 1\na += b");
    }

    // "Examples of Self-Referential Substitutions"
    [Fact]
    public void Self_referential_examples_in_isolation_and_merged()
    {
        AssertInvalid("foo : ${foo} // an error");
        AssertEquivalent("foo : { a : 1 }", "foo : { a : 1 }\nfoo : ${foo}");
        AssertInvalid("foo : ${foo}\nfoo : { a : 1 }");
        Assert.False(Parse("foo : ${?foo} // this field just disappears silently").HasPath("foo"));
        Assert.Equal(42, Parse("foo : ${does-not-exist}\nfoo : 42").GetInt("foo"));
        Assert.Equal(42, Parse("foo : ${foo}, foo : 42").GetInt("foo"));
    }

    [Fact]
    public void Self_referential_a_self_reference_in_a_path_expression_resolves_below()
    {
        AssertEquivalent("foo { a : 2, c : 1 }", """
            foo : { a : { c : 1 } }
            foo : ${foo.a}
            foo : { a : 2 }
            """);
    }

    [Fact]
    public void Self_referential_objects_may_refer_to_paths_within_themselves_and_look_forward()
    {
        Assert.Equal(42, Parse("bar : { foo : 42,\n        baz : ${bar.foo}\n      }").GetInt("bar.baz"));
        Assert.Equal(43, Parse("bar : { foo : 42,\n        baz : ${bar.foo}\n      }\nbar : { foo : 43 }").GetInt("bar.baz"));
    }

    [Fact]
    public void Self_referential_mutually_referring_objects_look_forward()
    {
        var config = Parse("""
            // bar.a should end up as 4
            bar : { a : ${foo.d}, b : 1 }
            bar.b = 3
            // foo.c should end up as 3
            foo : { c : ${bar.b}, d : 2 }
            foo.d = 4
            """);
        Assert.Equal(4, config.GetInt("bar.a"));
        Assert.Equal(3, config.GetInt("foo.c"));
    }

    [Fact]
    public void Self_referential_an_optional_self_reference_in_a_concatenation_looks_back_to_nothing()
    {
        Assert.Equal("foo", Parse("a = ${?a}foo").GetString("a"));
    }

    [Fact]
    public void Self_referential_cycles_that_cannot_be_broken_are_errors()
    {
        AssertInvalid("bar : ${foo}\nfoo : ${bar}");
        AssertInvalid("a : ${b}\nb : ${c}\nc : ${a}");
    }

    [Fact]
    public void Self_referential_the_order_dependent_case_does_not_give_different_values()
    {
        // The spec allows both 1, both 2, or an error; never a != b.
        var config = Parse("a : 1\nb : 2\na : ${b}\nb : ${a}");
        try
        {
            Assert.Equal(config.GetInt("a"), config.GetInt("b"));
        }
        catch (ConfigurationException e)
        {
            Assert.Contains("cycle", e.Message);
        }
    }

    // "Include syntax": include is only special at the start of a key.
    [Fact]
    public void Include_syntax_include_is_an_ordinary_word_elsewhere()
    {
        AssertEquivalent("{ \"foo include\" : 42 }", "{ foo include : 42 }");
        Assert.Equal("include", Parse("{ foo : include }").GetString("foo"));
        Assert.Equal(["include"], Parse("a = [ include ]").GetStringList("a"));
        Assert.Equal(42, Parse("{ \"include\" : 42 }").GetInt("\"include\""));
    }

    // "Conversion of numerically-indexed objects to arrays"
    [Fact]
    public void Numerically_indexed_objects_convert_to_arrays_when_a_list_is_asked_for()
    {
        Assert.Equal(["a", "b"], Parse("foo = { \"0\" : \"a\", \"1\" : \"b\" }").GetStringList("foo"));
        Assert.Equal(["a", "b"], Parse("foo.0 = \"a\"\nfoo.1 = \"b\"").GetStringList("foo"));
        Assert.Equal(["a", "b"], Parse("foo.2 = b\nfoo.0 = a").GetStringList("foo"));
        Assert.Throws<ConfigurationException>(() => Parse("foo { x = 1 }").GetStringList("foo"));
    }

    // "Automatic type conversions"
    [Fact]
    public void Automatic_type_conversions_that_must_not_happen_are_errors()
    {
        var config = Parse("o { a = 1 }, l = [1], n = null");
        Assert.Throws<ConfigurationException>(() => config.GetString("o"));
        Assert.Throws<ConfigurationException>(() => config.GetString("l"));
        Assert.Throws<ConfigurationException>(() => config.GetConfig("l"));
        Assert.Throws<ConfigurationException>(() => config.GetStringList("o.a"));
    }

    // "Config object merging and file merging"
    [Fact]
    public void Merging_an_intermediate_non_object_hides_earlier_objects()
    {
        var first = Parse("a : { x : 1 }");
        var fortyTwo = Parse("a : 42");
        var y = Parse("a : { y : 2 }");
        Assert.Equal(Parse("a : { x : 1 }").ToString(), first.WithFallback(fortyTwo).WithFallback(y).ToString());
        var adjacent = first.WithFallback(y).WithFallback(fortyTwo);
        Assert.Equal(1, adjacent.GetInt("a.x"));
        Assert.Equal(2, adjacent.GetInt("a.y"));
    }

    // "Substitution fallback to environment variables"
    [Fact]
    public void Environment_variables_fill_in_missing_substitutions_as_strings_and_empty_stays_empty()
    {
        var name = "ACTORCHAT_TEST_ENV_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "12");
        try
        {
            var config = Parse($"port = ${{?{name}}}\nplain = ${{{name}}}\nshadowed = 1\nshadowed = ${{?{name}_MISSING}}");
            Assert.Equal(12, config.GetInt("port"));
            Assert.Equal("12", config.GetString("plain"));
            Assert.Equal(1, config.GetInt("shadowed"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Environment_variables_fill_a_self_reference_with_no_earlier_value_but_never_a_plus_equals()
    {
        var name = "ACTORCHAT_TEST_SELF_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            Assert.Equal("from-env", Parse($"{name} = ${{?{name}}}").GetString(name));
            Assert.Equal("earlier", Parse($"{name} = earlier\n{name} = ${{?{name}}}").GetString(name));
            Assert.Equal(["x"], Parse($"{name} += x").GetStringList(name));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
