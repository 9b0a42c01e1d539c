using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;
using StencilBench.Workloads.Verification;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// A uop that only exists in uops.def text is verified from the facts the generator infers, with
/// no list of names: its local index is range-checked, an unbound read is caught, its operand kind held to.
/// </summary>
public class NewUopVerificationTests
{
    private static readonly UopInfo LoadLocal = DefinedUop.From(
        "op(_LOAD_LOCAL_NEW, (-- v)) { v = frame->localsplus[oparg]; Sb_INCREF(v); }", UopTable.All.Count);

    private static readonly UopInfo LoadConst = DefinedUop.From(
        "op(_LOAD_CONST_NEW, (-- v)) { v = (SbObject *)operand0; Sb_INCREF(v); }", UopTable.All.Count);

    private static int Verify(UopInfo uop, int oparg, Operand operand, params Value?[] locals)
    {
        var instructions = new List<TraceInstruction>
        {
            new(uop, oparg, 0, -1, -1, operand, null),
            new(UopTable.Get("_EXIT_TRACE"), 0, 0, -1, -1, RawOperand.Zero, null),
        };
        var trace = new Trace("t", instructions, 2, locals.Select((_, i) => $"l{i}").ToList(), locals, [], locals.Length + 4);
        return TraceVerifier.Verify(trace, [.. UopTable.All, uop]);
    }

    [Fact]
    public void A_new_local_load_within_the_frame_verifies() =>
        Assert.Equal(1, Verify(LoadLocal, 1, RawOperand.Zero, new IntValue(1), new IntValue(2)));

    [Fact]
    public void A_new_local_load_beyond_the_frame_is_rejected() =>
        Assert.Equal("t: uop 0 (_LOAD_LOCAL_NEW): error: local index 2 is out of range (the frame has 2 locals)",
            Assert.Throws<TraceException>(() => Verify(LoadLocal, 2, RawOperand.Zero, new IntValue(1), new IntValue(2))).Message);

    [Fact]
    public void A_new_local_load_of_an_unbound_local_is_rejected() =>
        Assert.Equal("t: uop 0 (_LOAD_LOCAL_NEW): error: local 'l1' may be unbound here",
            Assert.Throws<TraceException>(() => Verify(LoadLocal, 1, RawOperand.Zero, new IntValue(1), null)).Message);

    [Fact]
    public void A_new_constant_load_without_a_constant_is_rejected() =>
        Assert.Equal("t: uop 0 (_LOAD_CONST_NEW): error: _LOAD_CONST_NEW needs a constant operand (operand=VALUE)",
            Assert.Throws<TraceException>(() => Verify(LoadConst, 0, RawOperand.Zero)).Message);

    [Fact]
    public void A_new_constant_load_with_a_constant_verifies() =>
        Assert.Equal(1, Verify(LoadConst, 0, new ConstantOperand(new IntValue(7))));
}
