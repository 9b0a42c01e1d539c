using System.Runtime.InteropServices;

namespace StencilBench.Core.Native;

/// <summary>
/// The C runtime's exported functions (stencils/runtime/sb_runtime.h), for C#. The library,
/// libsbruntime.so, is built by StencilBench.Core (stencils/build/Runtime.targets) and copied beside every assembly.
/// </summary>
public static unsafe partial class NativeMethods
{
    public const string Library = "sbruntime";

    [LibraryImport(Library)] public static partial long sb_live_objects();
    [LibraryImport(Library)] public static partial nint sb_near_map_file(int fd, long size, int prot);
    [LibraryImport(Library)] public static partial int sb_near_unmap(nint at, long size);
    [LibraryImport(Library)] public static partial nint sb_near_room(long* size);
    [LibraryImport(Library)] public static partial void sb_set_allocation_limit(long bytes);
    [LibraryImport(Library)] public static partial void sb_dealloc(SbObject* o);
    [LibraryImport(Library)] public static partial SbObject* sb_int_from_i64(long v);
    [LibraryImport(Library)] public static partial SbObject* sb_int_from_digits(int negative, uint* digits, int ndigits);
    [LibraryImport(Library)] public static partial int sb_int_read(SbObject* o, long* value, int* negative, uint* digits, int capacity);
    [LibraryImport(Library)] public static partial SbObject* sb_float_from_double(double v);
    [LibraryImport(Library)] public static partial SbObject* sb_list_new(long size);
    [LibraryImport(Library)] public static partial void sb_list_set_item(SbObject* l, long i, SbObject* v);
    [LibraryImport(Library)] public static partial SbObject* sb_tuple_new(long size);
    [LibraryImport(Library)] public static partial void sb_tuple_set_item(SbObject* t, long i, SbObject* v);
    [LibraryImport(Library)] public static partial SbObject* sb_range_new(long start, long stop, long step);
    [LibraryImport(Library)] public static partial SbObject* sb_get_iter(SbThreadState* ts, SbObject* iterable);
    [LibraryImport(Library)] public static partial SbObject* sb_binary_op(SbThreadState* ts, int oparg, SbObject* lhs, SbObject* rhs);
    [LibraryImport(Library)] public static partial nint sb_binary_op_extend_descr(int index);
    [LibraryImport(Library)] public static partial long sb_kind(SbObject* o);
    [LibraryImport(Library)] public static partial long sb_refcnt(SbObject* o);
    [LibraryImport(Library)] public static partial SbFrame* sb_frame_new(int nlocals, int capacity);
    [LibraryImport(Library)] public static partial void sb_frame_free(SbFrame* f);
    [LibraryImport(Library)] public static partial SbThreadState* sb_threadstate_new();
    [LibraryImport(Library)] public static partial void sb_threadstate_free(SbThreadState* ts);
    [LibraryImport(Library)] public static partial SbLayoutStruct* sb_layout_structs(int* count);
    [LibraryImport(Library)] public static partial SbLayoutField* sb_layout_fields(int* count);
    [LibraryImport(Library)] public static partial SbLayoutConstant* sb_layout_constants(int* count);

    /// <summary>Drops a reference, as Sb_DECREF does in C.</summary>
    public static void Decref(SbObject* o)
    {
        if (--o->RefCount == 0)
        {
            sb_dealloc(o);
        }
    }
}
