using System.Numerics;
using StencilBench.Core.Native;
using StencilBench.Core.Values;

namespace StencilBench.Tests.Runtime;

/// <summary>Calls into the C runtime on values, checking that nothing is leaked on the way.</summary>
public static unsafe class RuntimeCalls
{
    /// <summary>lhs (op) rhs through sb_binary_op, CPython's NB_* oparg; null when it raised.</summary>
    public static (Value? Result, long ErrorKind) BinaryOp(int oparg, Value lhs, Value rhs)
    {
        long before = NativeMethods.sb_live_objects();
        var ts = NativeMethods.sb_threadstate_new();
        try
        {
            var l = ObjectMarshal.ToNative(lhs, ts);
            var r = ObjectMarshal.ToNative(rhs, ts);
            var res = NativeMethods.sb_binary_op(ts, oparg, l, r);
            Value? value = res == null ? null : ObjectMarshal.FromNative(res);
            if (res != null)
            {
                NativeMethods.Decref(res);
            }
            NativeMethods.Decref(l);
            NativeMethods.Decref(r);
            Assert.Equal(before, NativeMethods.sb_live_objects());
            return (value, ts->ErrorKind);
        }
        finally
        {
            NativeMethods.sb_threadstate_free(ts);
        }
    }

    public static Value RoundTrip(Value v)
    {
        var ts = NativeMethods.sb_threadstate_new();
        try
        {
            var o = ObjectMarshal.ToNative(v, ts);
            var back = ObjectMarshal.FromNative(o);
            NativeMethods.Decref(o);
            return back;
        }
        finally
        {
            NativeMethods.sb_threadstate_free(ts);
        }
    }

    public static IntValue Int(string digits) => new(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
}
