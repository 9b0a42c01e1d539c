using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// Reading back a list that contains itself (<c>l[0] = l</c>, legal Python) ends, and prints as
/// Python does; a value nested deeper than a trace file may write stops with one line.
/// </summary>
public unsafe class SelfReferenceReadTests
{
    [Fact]
    public void A_list_holding_itself_reads_as_Python_prints_it()
    {
        SbObject* l = NativeMethods.sb_list_new(1);
        l->RefCount++;
        NativeMethods.sb_list_set_item(l, 0, l);
        string read = ObjectMarshal.FromNative(l).ToString();
        NativeMethods.sb_list_set_item(l, 0, NativeMethods.sb_int_from_i64(0));
        NativeMethods.Decref(l);
        Assert.Equal("[[...]]", read);
    }

    [Fact]
    public void A_list_holding_itself_through_a_tuple_reads_as_Python_prints_it()
    {
        SbObject* l = NativeMethods.sb_list_new(1);
        SbObject* t = NativeMethods.sb_tuple_new(1);
        l->RefCount++;
        NativeMethods.sb_tuple_set_item(t, 0, l);
        NativeMethods.sb_list_set_item(l, 0, t);
        string read = ObjectMarshal.FromNative(l).ToString();
        NativeMethods.sb_list_set_item(l, 0, NativeMethods.sb_int_from_i64(0));
        NativeMethods.Decref(l);
        Assert.Equal("[([...],)]", read);
    }

    [Fact]
    public void A_list_iterator_inside_its_own_list_reads_as_not_exhausted()
    {
        SbThreadState* ts = NativeMethods.sb_threadstate_new();
        SbObject* l = NativeMethods.sb_list_new(1);
        NativeMethods.sb_list_set_item(l, 0, NativeMethods.sb_get_iter(ts, l));
        string read = ObjectMarshal.FromNative(l).ToString();
        NativeMethods.sb_list_set_item(l, 0, NativeMethods.sb_int_from_i64(0));
        NativeMethods.Decref(l);
        NativeMethods.sb_threadstate_free(ts);
        Assert.Equal("[iter([...])]", read);
    }

    [Fact]
    public void A_list_nested_past_the_read_depth_is_one_line_not_a_stack_overflow()
    {
        SbObject* nested = Nest(1_000);
        var e = Assert.Throws<TraceException>(() => ObjectMarshal.FromNative(nested));
        NativeMethods.Decref(nested);
        Assert.Equal("read back: error: the run left a value nested more than 200 containers deep, too deep to read back", e.Message);
    }

    [Fact]
    public void A_list_nested_as_deeply_as_a_trace_file_may_write_reads_back() =>
        Assert.StartsWith("[[[", ReadAndFree(Nest(ObjectMarshal.MaxReadDepth)));

    [Fact]
    public void Read_depth_is_the_nesting_a_trace_file_may_write() =>
        Assert.Equal(TraceLimits.MaxNesting, ObjectMarshal.MaxReadDepth);

    /// <summary>[[...[0]...]] with <paramref name="levels"/> lists.</summary>
    private static SbObject* Nest(int levels)
    {
        SbObject* inner = NativeMethods.sb_int_from_i64(0);
        for (int k = 0; k < levels; k++)
        {
            SbObject* outer = NativeMethods.sb_list_new(1);
            NativeMethods.sb_list_set_item(outer, 0, inner);
            inner = outer;
        }
        return inner;
    }

    private static string ReadAndFree(SbObject* o)
    {
        string read = ObjectMarshal.FromNative(o).ToString();
        NativeMethods.Decref(o);
        return read;
    }
}
