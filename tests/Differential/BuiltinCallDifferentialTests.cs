using System.Numerics;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Format;

namespace StencilBench.Tests.Differential;

/// <summary>
/// The call uops (_CALL_BUILTIN_O, _CALL_BUILTIN_FAST_WITH_KEYWORDS, _CALL_LEN) and
/// _CHECK_FUNCTION on hand traces, one behaviour per test, each checked on the interpreter and on
/// every other backend: the call's result, the inputs' references dropped, the exit or deopt on a
/// callable of the wrong kind, the error edge when the builtin raises.
/// </summary>
public class BuiltinCallDifferentialTests
{
    public static TheoryData<string> Backends()
    {
        var data = new TheoryData<string>();
        foreach (string backend in JitBackends.Names().Prepend("interp"))
        {
            data.Add(backend);
        }
        return data;
    }

    private static readonly BigInteger Big = BigInteger.Pow(10, 20);

    /// <summary>abs(x) into r, through the call uop; x is a heap int so its count is observable.</summary>
    private const string AbsOfX = """
            _LOAD_CONST_INLINE operand=abs
            _PUSH_NULL
            _LOAD_FAST_0
            _CALL_BUILTIN_O 1 target=40
            _STORE_FAST_1
            _EXIT_TRACE target=50

        """;

    /// <summary>max(a, b) into r.</summary>
    private const string MaxOfAB = """
            _LOAD_CONST_INLINE operand=max
            _PUSH_NULL
            _LOAD_FAST_0
            _LOAD_FAST_1
            _CALL_BUILTIN_FAST_WITH_KEYWORDS 2 target=40
            _STORE_FAST_2
            _EXIT_TRACE target=50

        """;

    /// <summary>len(xs) into r.</summary>
    private const string LenOfXs = """
            _LOAD_CONST_INLINE operand=len
            _PUSH_NULL
            _LOAD_FAST_0
            _CALL_LEN target=40
            _STORE_FAST_1
            _EXIT_TRACE target=50

        """;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_o_returns_abs_of_its_argument(string backend)
    {
        var run = Run(backend, "locals: x = -10**20, r", AbsOfX);
        Assert.Equal(ExitKind.Exit, run.Outcome.Exit);
        Assert.Equal(new IntValue(Big), run.Outcome.Locals[1]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_o_drops_every_input_reference(string backend)
    {
        var run = Run(backend, "locals: x = -10**20, r", AbsOfX);
        Assert.Equal(new long[] { 1, 1 }, run.ReferenceCounts);
        Assert.Equal(0, run.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_o_exits_with_its_inputs_when_the_callable_is_not_a_meth_o_builtin(string backend)
    {
        var run = Run(backend, "locals: x = -10**20, r", AbsOfX.Replace("operand=abs", "operand=max", StringComparison.Ordinal));
        Assert.Equal((ExitKind.Exit, 40L), (run.Outcome.Exit, run.Outcome.InstrPtr));
        Assert.Equal(new Value[] { BuiltinOf("max"), NoneValue.Instance, new IntValue(-Big) }, run.Outcome.Stack);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_o_takes_the_error_edge_with_its_inputs_popped_when_abs_raises(string backend)
    {
        var run = Run(backend, "locals: x = [1], r", AbsOfX);
        Assert.Equal((ExitKind.Error, ErrorKind.Type), (run.Outcome.Exit, run.Outcome.Error));
        Assert.Empty(run.Outcome.Stack);
        Assert.Equal(0, run.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_fast_with_keywords_returns_max_of_its_arguments(string backend)
    {
        var run = Run(backend, "locals: a = -3, b = 10**20, r", MaxOfAB);
        Assert.Equal(ExitKind.Exit, run.Outcome.Exit);
        Assert.Equal(new IntValue(Big), run.Outcome.Locals[2]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_fast_with_keywords_max_keeps_the_first_of_equal_arguments(string backend)
    {
        var run = Run(backend, "locals: a = 2, b = 2.0, r", MaxOfAB);
        Assert.Equal(new IntValue(2), run.Outcome.Locals[2]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_fast_with_keywords_drops_every_input_reference(string backend)
    {
        var run = Run(backend, "locals: a = 10**20, b = -10**20, r", MaxOfAB);
        Assert.Equal(new long[] { 2, 1, 2 }, run.ReferenceCounts); // a is also the result, in r
        Assert.Equal(0, run.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_fast_with_keywords_deopts_with_its_inputs_when_the_callable_is_not_fastcall(string backend)
    {
        var run = Run(backend, "locals: a = 1, b = 2, r", MaxOfAB.Replace("operand=max", "operand=abs", StringComparison.Ordinal));
        Assert.Equal((ExitKind.Deopt, 40L), (run.Outcome.Exit, run.Outcome.InstrPtr));
        Assert.Equal(4, run.Outcome.Stack.Count);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_builtin_fast_with_keywords_takes_the_error_edge_when_max_cannot_compare(string backend)
    {
        var run = Run(backend, "locals: a = 1, b = [1], r", MaxOfAB);
        Assert.Equal((ExitKind.Error, ErrorKind.Type), (run.Outcome.Exit, run.Outcome.Error));
        Assert.Empty(run.Outcome.Stack);
        Assert.Equal(0, run.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_len_returns_the_length_of_its_argument(string backend)
    {
        var run = Run(backend, "locals: xs = list(range(300)), r", LenOfXs);
        Assert.Equal(ExitKind.Exit, run.Outcome.Exit);
        Assert.Equal(new IntValue(300), run.Outcome.Locals[1]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_len_drops_every_input_reference(string backend)
    {
        var run = Run(backend, "locals: xs = list(range(300)), r", LenOfXs);
        Assert.Equal(new long[] { 1, 1 }, run.ReferenceCounts);
        Assert.Equal(0, run.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Call_len_takes_the_error_edge_when_its_argument_has_no_length(string backend)
    {
        var run = Run(backend, "locals: xs = 10**20, r", LenOfXs);
        Assert.Equal((ExitKind.Error, ErrorKind.Type), (run.Outcome.Exit, run.Outcome.Error));
        Assert.Empty(run.Outcome.Stack);
        Assert.Equal(new long[] { 1, 0 }, run.ReferenceCounts);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Check_function_passes_when_the_function_has_its_version(string backend)
    {
        var run = Run(backend, "function_version: 1844\nlocals: r", "    _CHECK_FUNCTION operand=1844 target=40\n    _EXIT_TRACE target=50\n");
        Assert.Equal((ExitKind.Exit, 50L), (run.Outcome.Exit, run.Outcome.InstrPtr));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Check_function_deopts_when_the_function_has_another_version(string backend)
    {
        var run = Run(backend, "function_version: 1845\nlocals: r", "    _CHECK_FUNCTION operand=1844 target=40\n    _EXIT_TRACE target=50\n");
        Assert.Equal((ExitKind.Deopt, 40L), (run.Outcome.Exit, run.Outcome.InstrPtr));
    }

    private static Value BuiltinOf(string name) => BuiltinValue.TryGet(name, out BuiltinValue? b) ? b : throw new ArgumentException(name);

    private static RunResult Run(string backend, string header, string uops)
    {
        string text = $"name: t\n{header}\ntrace:\n{uops}expect:\n    exit: any\n";
        Trace trace = TraceFileParser.Parse(text, "t.uops").Instantiate().Trace;
        IBackend b = backend == "interp" ? new InterpBackend() : JitBackends.Get(backend);
        return TraceRunner.Run(b, trace);
    }
}
