using StencilBench.Core.Native;

namespace StencilBench.Tests.Workloads;

/// <summary>Reading back a list that contains itself (<c>l[0] = l</c>, legal Python) ends, and prints as Python does.</summary>
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
}
