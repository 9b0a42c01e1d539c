using StencilBench.Frontend.Compiling;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Tests.Frontend;

/// <summary>
/// Source outside the subset, or not Python at all, is one line naming file:line:col and what is wrong;
/// nothing is compiled.
/// </summary>
public class SubsetErrorTests
{
    private static string Error(string source) =>
        Assert.Throws<PythonSyntaxError>(() => PythonCompiler.Compile(source, "t.py")).Message;

    private static string InFunction(string body) => Error(CompiledFunction.Source("x", body));

    [Fact]
    public void A_class_is_refused() =>
        Assert.Equal("t.py:1:1: a class definition is not in the supported Python subset", Error("class C:\n    pass\n"));

    [Fact]
    public void A_string_literal_is_refused() =>
        Assert.Equal("t.py:2:12: a string literal is not in the supported Python subset", InFunction("return 'a'"));

    [Fact]
    public void A_lambda_is_refused() =>
        Assert.Equal("t.py:2:9: a lambda is not in the supported Python subset", InFunction("y = lambda: 1"));

    [Fact]
    public void While_else_is_refused() =>
        Assert.Equal("t.py:4:5: while-else is not in the supported Python subset",
            InFunction("while x:\n    x -= 1\nelse:\n    x = 2"));

    [Fact]
    public void For_else_is_refused() =>
        Assert.Equal("t.py:4:5: for-else is not in the supported Python subset",
            InFunction("for i in x:\n    pass\nelse:\n    x = 2"));

    [Fact]
    public void A_global_statement_is_refused() =>
        Assert.Equal("t.py:2:5: a global statement is not in the supported Python subset", InFunction("global y"));

    [Fact]
    public void A_nested_def_is_refused() =>
        Assert.Equal("t.py:2:5: a nested function definition is not in the supported Python subset",
            InFunction("def g():\n    pass"));

    [Fact]
    public void A_keyword_argument_is_refused() =>
        Assert.Equal("t.py:2:21: a keyword argument is not in the supported Python subset", InFunction("return range(x, step=2)"));

    [Fact]
    public void A_call_to_anything_but_the_supported_builtins_is_refused() =>
        Assert.Equal("t.py:2:5: a call to 'print' is not in the supported Python subset", InFunction("print(x)"));

    [Fact]
    public void Calling_a_local_is_refused() =>
        Assert.Equal("t.py:2:12: a call to 'x' is not in the supported Python subset", InFunction("return x(1)"));

    [Fact]
    public void A_name_never_assigned_is_refused() =>
        Assert.Equal("t.py:2:16: the global name 'y' (never assigned in 'f') is not in the supported Python subset",
            InFunction("return x + y"));

    [Fact]
    public void A_builtin_used_as_a_value_is_refused() =>
        Assert.Equal("t.py:2:9: the builtin 'len' used other than called is not in the supported Python subset",
            InFunction("y = len"));

    [Fact]
    public void A_module_level_statement_is_refused() =>
        Assert.Equal("t.py:1:1: a module-level statement other than def is not in the supported Python subset", Error("x = 1\n"));

    [Fact]
    public void Attribute_access_is_refused() =>
        Assert.Equal("t.py:2:13: attribute access is not in the supported Python subset", InFunction("return x.y"));

    [Fact]
    public void A_bitwise_operator_is_refused() =>
        Assert.Equal("t.py:2:14: the '&' operator is not in the supported Python subset", InFunction("return x & 1"));

    [Fact]
    public void The_in_operator_is_refused() =>
        Assert.Equal("t.py:2:14: the 'in' operator is not in the supported Python subset", InFunction("return 1 in x"));

    [Fact]
    public void The_is_operator_is_refused() =>
        Assert.Equal("t.py:2:14: the 'is' operator is not in the supported Python subset", InFunction("return x is None"));

    [Fact]
    public void A_conditional_expression_is_refused() =>
        Assert.Equal("t.py:2:14: a conditional expression is not in the supported Python subset", InFunction("return 1 if x else 2"));

    [Fact]
    public void A_slice_is_refused() =>
        Assert.Equal("t.py:2:15: a slice is not in the supported Python subset", InFunction("return x[1:]"));

    [Fact]
    public void A_default_argument_is_refused() =>
        Assert.Equal("t.py:1:8: a default argument is not in the supported Python subset", Error("def f(a=1):\n    return a\n"));

    [Fact]
    public void A_star_parameter_is_refused() =>
        Assert.Equal("t.py:1:7: a parameter other than a positional one is not in the supported Python subset",
            Error("def f(*a):\n    return a\n"));

    [Fact]
    public void A_list_comprehension_is_refused() =>
        Assert.Equal("t.py:2:15: a list comprehension is not in the supported Python subset", InFunction("return [i for i in x]"));

    [Fact]
    public void A_dict_display_is_refused() =>
        Assert.Equal("t.py:2:12: a dict or set display is not in the supported Python subset", InFunction("return {}"));

    [Fact]
    public void An_import_is_refused() =>
        Assert.Equal("t.py:1:1: an import statement is not in the supported Python subset", Error("import math\n"));

    [Fact]
    public void A_try_statement_is_refused() =>
        Assert.Equal("t.py:2:5: a try statement is not in the supported Python subset", InFunction("try:\n    pass\nfinally:\n    pass"));

    [Fact]
    public void A_chained_assignment_is_refused() =>
        Assert.Equal("t.py:2:11: a chained assignment is not in the supported Python subset", InFunction("a = b = x"));

    [Fact]
    public void Unary_plus_is_refused() =>
        Assert.Equal("t.py:2:12: unary '+' is not in the supported Python subset", InFunction("return +x"));

    [Fact]
    public void A_missing_colon_is_a_syntax_error() =>
        Assert.Equal("t.py:2:12: expected ':' after the while condition, found end of line", InFunction("while x\n    pass"));

    [Fact]
    public void An_unexpected_indent_is_a_syntax_error() =>
        Assert.Equal("t.py:3:9: unexpected indent", InFunction("x = 1\n    x = 2"));

    [Fact]
    public void A_dedent_to_no_outer_level_is_a_syntax_error() =>
        Assert.Equal("t.py:3:3: unindent does not match any outer indentation level", Error("def f():\n    x = 1\n  x = 2\n"));

    [Fact]
    public void An_unclosed_bracket_is_a_syntax_error() =>
        Assert.Equal("t.py:3:1: unexpected end of file inside brackets", InFunction("return (x"));

    [Fact]
    public void An_invalid_character_is_a_syntax_error() =>
        Assert.Equal("t.py:2:12: invalid character '$' (U+0024)", InFunction("return $"));

    [Fact]
    public void Break_outside_a_loop_is_a_syntax_error() =>
        Assert.Equal("t.py:2:5: 'break' outside loop", InFunction("break"));

    [Fact]
    public void A_decimal_int_with_a_leading_zero_is_a_syntax_error() =>
        Assert.Equal("t.py:2:12: leading zeros in decimal integer literals are not permitted", InFunction("return 012"));

    [Fact]
    public void Assigning_to_a_literal_is_a_syntax_error() =>
        Assert.Equal("t.py:2:5: cannot assign to a literal in assignment", InFunction("1 = x"));

    [Fact]
    public void Redefining_a_function_is_refused() =>
        Assert.Equal("t.py:3:1: redefining the function 'f' is not in the supported Python subset",
            Error("def f():\n    pass\ndef f():\n    pass\n"));
}
